/**
 * The options page's dossier section: export everything as one file, import one
 * (checked completely before anything changes), reset to the bundled dossier.
 */
import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../dossier/types';
import { changeDossier, useChange } from '../ui/change';
import { ChangeStatus } from '../ui/ChangeStatus';
import { allRejections } from '../dossier-page/rejections';
import { exportFile, exportFileName } from '../import-export/export-file';
import { coded, codedErrorOf, withReason } from '../errors';
import { checkImportSize } from '../import-export/import-file';
import { sendToBackground } from '../messaging/client';
import { openDossierDB } from '../storage/db';
import { readStoredState } from '../storage/dossier-store';
import type { ImportMode } from '../storage/reader-rules';
import { downloadJson } from '../ui/download';
import type { Translate } from '../ui/i18n';

async function downloadExport(): Promise<string> {
  await sendToBackground({ type: 'getMatchIndex' }); // seeded before it is read
  const db = await openDossierDB();
  let text: string;
  try {
    text = JSON.stringify(await exportFile(await readStoredState(db), new Date(), await allRejections()), null, 1);
  } finally {
    db.close();
  }
  const name = exportFileName();
  downloadJson(name, text);
  return name;
}

export function DossierData({ lang, t }: { lang: Lang; t: Translate }) {
  const [exporting, , setExport] = useChange();
  const [importing, runImport, setImport] = useChange();
  const [resetting, runReset] = useChange();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [dropOwn, setDropOwn] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const doExport = async () => {
    setExport({ busy: true, problems: [] });
    try {
      const name = await downloadExport();
      setExport({ busy: false, problems: [], done: t('optionsExported', { file: name }) });
    } catch (error) {
      // The reader's storage code where there is one (full, blocked); the detail only to the console.
      setExport({ busy: false, problems: [], error: codedErrorOf(error, coded('exportFailed')) });
    }
  };

  const doImport = async (event: Event) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setImport({ busy: false, problems: [], error: coded('importNoFile') });
      return;
    }
    // Refused by its size alone, before a byte of it is read.
    const tooBig = checkImportSize(file.size);
    if (tooBig) {
      setImport({ busy: false, problems: [], error: withReason(coded('importRefused'), tooBig.error) });
      return;
    }
    setImport({ busy: true, problems: [], done: t('optionsReading') });
    const text = await file.text();
    await runImport(changeDossier({ op: 'import', text, mode }), (result) => {
      const summary = result.imported!;
      const line = t('optionsImported', {
        articles: t.plural('importedArticles', summary.articles),
        entries: t.plural('importedEntries', summary.entries),
        notes: t.plural('importedNotes', summary.notes),
        hidden: t.plural('importedHidden', summary.hidden),
      });
      return summary.baseTaken ? line : `${line} ${t('optionsImportedOtherBase')}`;
    });
  };

  return (
    <section class="data" aria-labelledby="h-data">
      <h2 id="h-data">{t('optionsData')}</h2>
      <p class="hint">{t('optionsDataHint')}</p>

      <h3>{t('optionsExport')}</h3>
      <p class="hint">{t('optionsExportHint')}</p>
      <div class="row">
        <button type="button" name="export" onClick={() => void doExport()} disabled={exporting.busy}>
          {t('optionsExport')}
        </button>
        <ChangeStatus change={exporting} t={t} lang={lang} />
      </div>

      <h3>{t('optionsImport')}</h3>
      <form class="import" onSubmit={(event) => void doImport(event)}>
        <label class="field block">
          <span>{t('optionsImportFile')}</span>
          <input ref={fileInput} type="file" name="importFile" accept=".json,application/json" />
        </label>
        <fieldset>
          <legend>{t('optionsImportMode')}</legend>
          {(['merge', 'replace'] as const).map((value) => (
            <label key={value} class="choice block">
              <input
                type="radio"
                name="importMode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              {value === 'merge' ? t('importMerge') : t('importReplace')}
            </label>
          ))}
        </fieldset>
        <div class="row">
          <button type="submit" name="import" disabled={importing.busy}>
            {t('optionsImportButton')}
          </button>
        </div>
        <div class="import-status">
          <ChangeStatus change={importing} t={t} lang={lang} />
        </div>
      </form>

      <h3>{t('optionsReset')}</h3>
      <p class="hint">{t('optionsResetHint')}</p>
      <label class="choice block">
        <input
          type="checkbox"
          name="dropOwn"
          checked={dropOwn}
          onChange={(event) => setDropOwn(event.currentTarget.checked)}
        />
        {t('optionsResetDropOwn')}
      </label>
      <div class="row">
        {confirming ? (
          <>
            <button
              type="button"
              name="confirmReset"
              class="danger"
              onClick={() => {
                setConfirming(false);
                void runReset(
                  changeDossier({ op: 'reset', dropOwn }),
                  dropOwn ? t('optionsResetDoneDropped') : t('optionsResetDone'),
                );
              }}
            >
              {t('optionsResetConfirm')}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>
              {t('optionsResetCancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            name="reset"
            class="secondary"
            onClick={() => setConfirming(true)}
            disabled={resetting.busy}
          >
            {t('optionsResetButton')}
          </button>
        )}
        <ChangeStatus change={resetting} t={t} lang={lang} />
      </div>
    </section>
  );
}
