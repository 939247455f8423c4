/** What became of a change to the reader's data: working, done, or why not (with an import file's problems). */
import type { Lang } from '../dossier/types';
import type { ChangeState } from './change';
import { describeError, readableProblem } from './errors';
import type { Translate } from './i18n';

export function ChangeStatus({ change, t, lang }: { change: ChangeState; t: Translate; lang: Lang }) {
  if (change.error) {
    return (
      <div class="status error" role="alert">
        <p>{describeError(change.error, lang)}</p>
        {change.problems.length > 0 && (
          <ul>
            {change.problems.map((p, i) => (
              <li key={i}>
                {readableProblem(p, lang)}
                {/* The technical place, for whoever fixes the file. */}
                {p.path && (
                  <small class="detail">
                    {' '}
                    (<code>{p.path}</code>)
                  </small>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return (
    <p class="status" role="status">
      {change.busy ? t('dossierWorking') : (change.done ?? '')}
    </p>
  );
}
