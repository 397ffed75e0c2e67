/** What the charts of the finance pages say around their bars: their summary, their table, their absence. */
export const charts = {
  'chart.empty': 'There is nothing to show here yet.',
  'chart.showTable': 'Show as a table',
  'chart.bars.one': 'A bar chart of {n} value. The table that follows holds the same figures.',
  'chart.bars.other': 'A bar chart of {n} values. The table that follows holds the same figures.',
  'chart.negative': 'Bars to the left of the zero line are negative amounts.',
  'chart.parts.one':
    'A bar of {n} part, as long as its share of the whole. The list and the table that follow hold the same figures.',
  'chart.parts.other':
    'A bar of {n} parts, each as long as its share of the whole. The list and the table that follow hold the same figures.',
  'chart.share': '{percent}%',
  'chart.share.heading': 'Share',
} as const;
