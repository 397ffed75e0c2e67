import type { charts as en } from '../en/charts.js';

export const charts: Record<keyof typeof en, string> = {
  'chart.empty': 'Il n’y a encore rien à montrer ici.',
  'chart.showTable': 'Afficher sous forme de tableau',
  'chart.bars.one': 'Diagramme à barres de {n} valeur. Le tableau qui suit donne les mêmes chiffres.',
  'chart.bars.other': 'Diagramme à barres de {n} valeurs. Le tableau qui suit donne les mêmes chiffres.',
  'chart.negative': 'Les barres à gauche de la ligne du zéro sont des montants négatifs.',
};
