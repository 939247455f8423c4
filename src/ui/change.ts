/** Sending the reader's changes to the background, with a state a view can show. */
import { useState } from 'preact/hooks';
import { codedErrorOf, type CodedError } from '../errors';
import type { ImportProblem } from '../import-export/import-file';
import { sendToBackground } from '../messaging/client';
import type { ReaderChange, ReaderChangeResult } from '../storage/reader-changes';

export function changeDossier(change: ReaderChange): Promise<ReaderChangeResult> {
  return sendToBackground({ type: 'changeDossier', change });
}

export interface ChangeState {
  busy: boolean;
  /** What to tell the reader after a change went through. */
  done?: string;
  error?: CodedError;
  problems: ImportProblem[];
}

export function useChange(): [
  ChangeState,
  (
    pending: Promise<ReaderChangeResult>,
    doneText?: string | ((result: Extract<ReaderChangeResult, { ok: true }>) => string),
  ) => Promise<ReaderChangeResult | null>,
  (state: ChangeState) => void,
] {
  const [state, setState] = useState<ChangeState>({ busy: false, problems: [] });
  const run = async (
    pending: Promise<ReaderChangeResult>,
    doneText?: string | ((result: Extract<ReaderChangeResult, { ok: true }>) => string),
  ) => {
    setState({ busy: true, problems: [] });
    try {
      const result = await pending;
      if (result.ok)
        setState({ busy: false, problems: [], done: typeof doneText === 'function' ? doneText(result) : doneText });
      else setState({ busy: false, error: result.error, problems: result.problems });
      return result;
    } catch (error) {
      // The message did not arrive or the background failed: a coded message, the detail to the console.
      setState({ busy: false, error: codedErrorOf(error), problems: [] });
      return null;
    }
  };
  return [state, run, setState];
}
