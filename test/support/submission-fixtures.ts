/**
 * Builders of parsed to-Duke items and submissions for the rule tests
 * (defaults as the schemas fill them).
 */
import type { Channel } from '../../src/to-duke/schemas/channel';
import type { MediaItem, PaperItem } from '../../src/to-duke/schemas/record-item';
import type { Submission } from '../../src/to-duke/schemas/submission';

export const fullPaperLabel = { name: true, dateOfBirth: true, recordNumber: true, everyPage: true };
export const fullMediaLabel = { name: true, dateOfBirth: true, recordNumber: true };

export function paper(over: Partial<PaperItem> = {}): PaperItem {
  return { kind: 'paper', pages: 3, original: false, radiology: [], label: { ...fullPaperLabel }, ...over };
}

export function media(over: Partial<MediaItem> = {}): MediaItem {
  return {
    kind: 'media',
    medium: 'cd',
    original: false,
    radiology: [],
    passwordProtected: false,
    passwordEnclosed: false,
    label: { ...fullMediaLabel },
    ...over,
  };
}

export function submission(over: Partial<Submission> & { channel?: Channel } = {}): Submission {
  return {
    sender: 'patient',
    patient: { name: 'Jane Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' },
    items: [paper()],
    actions: { notifiedMedicalRecords: false },
    ...over,
  };
}

/** Raw input (before parsing) of a valid submission. */
export function rawSubmission(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sender: 'patient',
    patient: { name: 'Jane Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' },
    items: [{ kind: 'paper', pages: 3, label: { ...fullPaperLabel } }],
    channel: { kind: 'appointment-copies' },
    ...over,
  };
}
