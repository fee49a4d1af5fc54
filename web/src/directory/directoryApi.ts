import {
  type DirectoryEntryUpdate,
  directoryEntry,
  directoryEntryList,
  directoryHistory,
  type NewDirectoryEntry,
} from '../../../src/shared/api/directory.schemas.js'
import { getJson, sendJson } from '../api.js'

// The directory's administration routes (src/directory/directory.routes.ts).
// Answers are checked against the shared schemas.

const entriesUrl = '/api/v1/directory/entries'
export const entryUrl = (id: string) => `${entriesUrl}/${encodeURIComponent(id)}`

export function listEntries() {
  return getJson(entriesUrl, directoryEntryList)
}

export function getEntry(id: string) {
  return getJson(entryUrl(id), directoryEntry)
}

export function getHistory(id: string) {
  return getJson(`${entryUrl(id)}/history`, directoryHistory)
}

export function createEntry(body: NewDirectoryEntry) {
  return sendJson('POST', entriesUrl, body, directoryEntry)
}

export function updateEntry(id: string, changes: DirectoryEntryUpdate) {
  return sendJson('PATCH', entryUrl(id), changes, directoryEntry)
}

export function setRetired(id: string, retire: boolean, version: number) {
  return sendJson(
    'POST',
    `${entryUrl(id)}/${retire ? 'retire' : 'restore'}`,
    { version },
    directoryEntry,
  )
}
