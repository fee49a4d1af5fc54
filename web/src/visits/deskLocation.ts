import { type InfoPointId, infoPointIds } from '../../../src/shared/programme/definitions.js'

// The info point a desk device stands at, asked once and kept on the device:
// it is the device's place, not the user's (several people share a tablet).

const storageKey = 'porten.desk.location'

export function storedDeskLocation(): InfoPointId | undefined {
  try {
    const value = localStorage.getItem(storageKey)
    return infoPointIds.find((id) => id === value)
  } catch {
    return undefined // storage disabled: ask on every visit to the page
  }
}

export function storeDeskLocation(location: InfoPointId): void {
  try {
    localStorage.setItem(storageKey, location)
  } catch {
    // Storage disabled: the choice lasts while the page is open.
  }
}
