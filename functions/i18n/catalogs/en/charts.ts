/** What the charts of the finance pages say around their bars: their summary, their table, their absence. */
export const charts = {
  'chart.empty': 'There is nothing to show here yet.',
  'chart.showTable': 'Show as a table',
  'chart.bars.one': 'A bar chart of {n} value. The table that follows holds the same figures.',
  'chart.bars.other': 'A bar chart of {n} values. The table that follows holds the same figures.',
  'chart.negative': 'Bars to the left of the zero line are negative amounts.',
} as const;
