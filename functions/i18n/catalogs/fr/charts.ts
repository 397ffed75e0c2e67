import type { charts as en } from '../en/charts.js';

export const charts: Record<keyof typeof en, string> = {
  'chart.empty': 'Il n’y a encore rien à montrer ici.',
  'chart.showTable': 'Afficher sous forme de tableau',
  'chart.bars.one': 'Diagramme à barres de {n} valeur. Le tableau qui suit donne les mêmes chiffres.',
  'chart.bars.other': 'Diagramme à barres de {n} valeurs. Le tableau qui suit donne les mêmes chiffres.',
  'chart.negative': 'Les barres à gauche de la ligne du zéro sont des montants négatifs.',
  'chart.parts.one':
    'Une barre de {n} partie, aussi longue que sa part du tout. La liste et le tableau qui suivent donnent les mêmes chiffres.',
  'chart.parts.other':
    'Une barre de {n} parties, chacune aussi longue que sa part du tout. La liste et le tableau qui suivent donnent les mêmes chiffres.',
  'chart.share': '{percent}\u00a0%',
  'chart.share.heading': 'Part',
};
