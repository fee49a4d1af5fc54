import type { Count } from '../../../src/shared/api/reports.schemas.js'

// Bar lengths for the breakdown charts, 0–100 of the longest bar. A hidden
// count ("<5", "x") gets no bar: its written value stands alone, so the chart
// never hints at what publication mode hides. A count above zero always
// shows at least a sliver, so that one is not drawn the same as none.

const minimumVisible = 1

export function barLengths(values: readonly Count[]): number[] {
  const numbers = values.map((value) => (typeof value === 'number' ? value : 0))
  const longest = Math.max(0, ...numbers)
  if (longest === 0) return numbers.map(() => 0)
  return numbers.map((n) => (n === 0 ? 0 : Math.max(minimumVisible, (n / longest) * 100)))
}
