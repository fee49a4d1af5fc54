// The server sends `style-src 'self'`, which blocks <style> elements made at
// run time. React Aria's usePress adds one (a touch-action rule) unless an
// element with this id already exists, so the rule lives in styles.css and
// this marker tells React Aria it is there. usePreventScroll (the Select's
// popover) sets inline styles through the CSSOM, which the CSP allows; only
// on iOS WebKit does it add a <style> element, which the CSP refuses there
// (scrolling behind an open list is then not locked; nothing else breaks).
const pressableStyleId = 'react-aria-pressable-style'

export function markReactAriaStylesProvided(): void {
  if (document.getElementById(pressableStyleId)) return
  const marker = document.createElement('meta')
  marker.id = pressableStyleId
  document.head.prepend(marker)
}
