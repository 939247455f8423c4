/**
 * Kontext on one page (one frame): keeps the marks in step with the page and the
 * settings, runs the hover card, answers the popup and the keyboard command. The
 * entrypoint only constructs it; it can be stopped cleanly when the extension
 * is reloaded or updated.
 */
import type { Entry, EntryKind, Lang } from '../dossier/types';
import { compileMatcher } from '../matching';
import type {
  MatchIndex,
  PageEntryCount,
  PageMentions,
  PageRelevance,
  TabRelevance,
  TabResponses,
} from '../messaging/protocol';
import { parseMessage, tabRequestSchema } from '../messaging/schemas';
import { isMarked, judgePage, type MarkPolicy, type StoryJudgement } from '../relevance/page-relevance';
import type { StoryContext } from './card/Card';
import { isActiveOn, resolveSettings, type Settings } from '../settings/settings';
import { langOf } from '../ui/lang';
import { pageLanguage } from './page-language';
import { requestBackground } from './background-requests';
import { answerTabMessages } from './extension-api';
import { HIDDEN_FLUSH_MS, nextFlushAt } from './flush-budget';
import { hitTest, markRects, type Hit } from './hit-test';
import { HighlightLayer, HIGHLIGHT_PREFIX } from './highlight-layer';
import { HoverController } from './hover-controller';
import { diffMarks, visibleMarks } from './mark-view';
import { MarkIndex, type Mark } from './marks';
import { PageScanner, type MarkDelta, type ScanJob } from './page-scanner';
import { WrapLayer, type MarkLayer } from './wrap-layer';
import highlightCss from './highlights.css?inline';

/** A flashed mention stays lit this long (popup "go to mention"). */
const FLASH_MS = 1600;
/** Past this many queued mutation records, one rescan is cheaper (and memory stays bounded). */
const MAX_PENDING_RECORDS = 20_000;
/**
 * A whole-page scan matches for this long, then lets the page run (input, its own scripts)
 * before the next slice: no long task of Kontext's own, even on a page of a megabyte.
 */
const SCAN_SLICE_MS = 10;
/** The first slice runs in the start's own task: shorter. */
const FIRST_SLICE_MS = 8;
/** Slices run one after another (not in idle time) at most this many times: the top of a page. */
const EAGER_SLICES = 3;
/** How far below the viewport (in viewport heights) a scan's slices are still painted at once. */
const NEAR_VIEWPORT_SCREENS = 2;
/** A slice when the page is busy for long: the scan still goes on, at this pace. */
const IDLE_TIMEOUT_MS = 200;

export class PageController {
  private settings: Settings;
  private active = false;
  private readonly scanner: PageScanner;
  private readonly layer: MarkLayer;
  /** Set where the Highlight API is missing: marks are wrapped in elements instead. */
  private readonly wrapLayer: WrapLayer | null;
  private readonly markIndex = new MarkIndex();
  /** The marks the reader sees (kinds and first-mention mode applied). */
  private painted = new Set<Mark>();
  private counts = new Map<string, number>();
  private reportedCounts = '';
  private readonly entries = new Map<string, Promise<Entry | undefined>>();
  private readonly hover: HoverController;
  /** Stops answering tab messages (set while started). */
  private stopAnswering: () => void = () => undefined;
  private observer: MutationObserver | null = null;
  private pending: MutationRecord[] = [];
  /** Too many records piled up: the next flush reads the page anew instead. */
  private overflowed = false;
  private flushScheduled = false;
  /** The earliest time (performance.now) the next flush may run: the work budget's back-off. */
  private notBefore = 0;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  /** The whole-page scan in progress, if any: page edits wait for it. */
  private scanJob: ScanJob | null = null;
  /** The scan is still in or near the viewport: its slices are painted as they come. */
  private paintingSlices = true;
  private url = location.href;
  private stepCursor: Mark | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** The mention stepped to (keyboard, popup, "next mention"), lit while its card is open. */
  private emphasised: Mark | null = null;
  /** The page's language, read once per document (its `lang` and text do not change under a reader). */
  private pageLang: { url: string; lang: Lang | undefined } | null = null;
  /** Open shadow roots we styled and observe; our sheet is taken out again on stop. */
  private readonly shadowRoots = new Set<ShadowRoot>();
  private shadowSheet: CSSStyleSheet | null = null;
  /** The top document judges the page; every other frame follows its decision. */
  private readonly isTop = window === window.top;
  private judgements: StoryJudgement[] = [];
  /** Stories the page is about: judged here (top frame) or told by the top frame. */
  private aboutStories = new Set<string>();
  /** The reader asked to mark everything on this page ("on this page": until it navigates). */
  private everythingHere = false;
  /** What the frames were last told; "not about" is what they assume unasked, so it is not sent. */
  private reportedRelevance = JSON.stringify({ about: [], everything: false });
  private title = { text: '\u0000', entries: [] as string[] };
  /** Mentions of shown kinds that the page decision keeps unmarked. */
  private withheld = 0;

  /** `paint: 'wrap'` is the entrypoint's choice where `CSS.highlights` is missing; nothing else sets it. */
  constructor(
    private readonly index: MatchIndex,
    settings: Settings,
    { paint = 'highlights' }: { paint?: 'highlights' | 'wrap' } = {},
  ) {
    this.settings = resolveSettings(settings);
    this.scanner = new PageScanner(compileMatcher(index.aliasSets, index.trie), index.kinds);
    this.wrapLayer = paint === 'wrap' ? new WrapLayer(this.settings.highlightStyle) : null;
    this.layer = this.wrapLayer ?? new HighlightLayer(this.settings.highlightStyle);
    this.hover = new HoverController({
      hitAt: (x, y) => this.hitAt(x, y),
      rectsOf: (mark) => this.rectsOf(mark),
      entry: (id) => this.entry(id),
      mentionsOnPage: (id) => this.counts.get(id) ?? 0,
      lang: () => this.lang,
      dwellMs: () => this.settings.hoverDelayMs,
      names: () => this.index.names,
      articles: () => this.index.articles,
      storyContext: (id) => this.storyContext(id),
      openDossier: (id) => void requestBackground({ type: 'openDossier', entry: id }).catch(() => undefined),
      nextMention: (id) => void this.nextMention(id),
      cardChanged: (mark) => {
        if (mark !== this.emphasised) this.emphasise(null);
      },
    });
  }

  /** The card's language: the page's (default), else the reader's choice; the UI language where the page's is unknown. */
  private get lang(): Lang {
    const choice = this.settings.cardLanguage;
    if (choice !== 'page') return choice;
    return this.languageOfPage() ?? langOf(this.settings);
  }

  private languageOfPage(): Lang | undefined {
    if (this.pageLang?.url !== this.url) {
      const root = document.documentElement;
      // A sample of the text is enough to tell German from English, and cheap (no layout).
      const sample = (document.querySelector('article, main') ?? document.body)?.textContent?.slice(0, 4000) ?? '';
      this.pageLang = {
        url: this.url,
        lang: pageLanguage(root.getAttribute('lang') ?? root.getAttribute('xml:lang'), sample),
      };
    }
    return this.pageLang.lang;
  }

  start(): void {
    this.stopAnswering = answerTabMessages(this.onMessage);
    if (!this.isTop) void this.followTop();
    window.addEventListener('popstate', this.onLocationMaybeChanged);
    window.addEventListener('hashchange', this.onLocationMaybeChanged);
    // The Navigation API also sees the page's own pushState calls, which a content script cannot patch.
    (window as { navigation?: EventTarget }).navigation?.addEventListener(
      'currententrychange',
      this.onLocationMaybeChanged,
    );
    this.applySettings(this.settings);
  }

  /** Never throws: it also runs in an orphaned script whose extension APIs are gone. */
  stop(): void {
    this.stopAnswering();
    window.removeEventListener('popstate', this.onLocationMaybeChanged);
    window.removeEventListener('hashchange', this.onLocationMaybeChanged);
    (window as { navigation?: EventTarget }).navigation?.removeEventListener(
      'currententrychange',
      this.onLocationMaybeChanged,
    );
    this.deactivate();
    clearTimeout(this.flashTimer);
    clearTimeout(this.flushTimer);
  }

  applySettings(next: Settings): void {
    this.settings = resolveSettings(next);
    // Always, active or not: a style changed while paused must hold when marks come back.
    this.layer.setStyle(this.settings.highlightStyle);
    const shouldBeActive = isActiveOn(this.settings, location.href);
    if (!shouldBeActive) {
      if (this.active) this.deactivate();
      void this.report();
      return;
    }
    if (!this.active) {
      this.activate();
      return;
    }
    this.refreshView();
  }

  // --- scanning --------------------------------------------------------------

  private activate(): void {
    this.active = true;
    this.hover.start();
    this.observer = new MutationObserver(this.onMutations);
    this.observer.observe(document, { childList: true, subtree: true, characterData: true });
    this.rescan();
  }

  /**
   * Reads the whole page anew, in slices: the first one at once (the top of the page, what the
   * reader sees first, is marked first), the rest when the page is idle.
   */
  private rescan(): void {
    const job = this.scanner.startScan(document.body ?? document.documentElement);
    this.scanJob = job;
    this.paintingSlices = true;
    this.paintSlice(job.first);
    let eager = 0;
    const step = (ms: number): void => {
      if (this.scanJob !== job || !this.active) return;
      if (!job.done) this.paintSlice(job.next(ms));
      if (!job.done) {
        // In or near the viewport the reader waits for these marks: the next slice is the next
        // task (input still comes first). Past it, or a page long without marks, waits for idle time.
        if (this.paintingSlices && ++eager < EAGER_SLICES) setTimeout(() => step(SCAN_SLICE_MS), 0);
        else whenIdle(step);
        return;
      }
      this.scanJob = null;
      // Read whole: judged, counted and reported once, not once a slice.
      if (this.isTop) this.judge();
      this.refreshView();
      // Edits that came during the scan are read now, against the finished document.
      if (this.pending.length > 0 || this.overflowed) this.scheduleFlush();
    };
    // In the start's own task: the matcher is read from its packed form, not compiled, so the
    // two together stay short, and the top of the page is marked without waiting for a task.
    step(FIRST_SLICE_MS);
  }

  /**
   * A slice of a whole-page scan: its marks painted under the decision so far, nothing else,
   * while the scan is in or near the viewport. Past it, the rest is painted once at the end:
   * each change of a highlight makes the browser go over all of its ranges again.
   */
  private paintSlice(delta: MarkDelta): void {
    for (const root of delta.shadowRoots) this.adoptShadowRoot(root);
    const open = this.hover.openMark;
    if (open && delta.removed.includes(open)) this.hover.dismiss();
    // First-mention mode needs the whole page to know which mention is first, and wrapping splits
    // the text nodes later slices' ranges point into: both paint once, at the end.
    const paint = this.paintingSlices && this.settings.markMode === 'all' && !this.wrapLayer;
    const added = paint ? delta.added.filter(this.shownFilter()) : [];
    this.updatePainted(
      delta.removed.filter((mark) => this.painted.has(mark)),
      added,
    );
    const last = delta.added[delta.added.length - 1];
    const below = last?.range.startContainer.parentElement?.getBoundingClientRect().top;
    if (below !== undefined && below > NEAR_VIEWPORT_SCREENS * innerHeight) this.paintingSlices = false;
  }

  private deactivate(): void {
    this.active = false;
    this.scanJob = null;
    this.observer?.disconnect();
    this.observer = null;
    this.pending = [];
    this.overflowed = false;
    for (const root of this.shadowRoots) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.shadowSheet);
    }
    this.shadowRoots.clear();
    this.hover.stop();
    this.emphasise(null);
    this.layer.clear();
    this.markIndex.clear();
    this.painted = new Set();
    this.counts = new Map();
    if (!this.wrapLayer) CSS.highlights?.delete(`${HIGHLIGHT_PREFIX}flash`);
  }

  private readonly onMutations = (records: MutationRecord[]): void => {
    if (!this.overflowed) {
      // A loop, not push(...records): a batch of 100 000 records would overflow the argument stack.
      for (const record of records) this.pending.push(record);
      if (this.pending.length > MAX_PENDING_RECORDS) {
        this.pending = [];
        this.overflowed = true;
      }
    }
    this.scheduleFlush();
  };

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const wait = this.notBefore - performance.now();
    // Batched: many page edits in one frame are read once, after the page's own work.
    if (document.visibilityState !== 'visible')
      this.flushTimer = setTimeout(this.flush, Math.max(HIDDEN_FLUSH_MS, wait));
    else if (wait > 0) this.flushTimer = setTimeout(() => requestAnimationFrame(this.flush), wait);
    else requestAnimationFrame(this.flush);
  }

  private readonly flush = (): void => {
    this.flushScheduled = false;
    // A whole-page scan is under way: it schedules this flush again when it is done.
    if (!this.active || this.scanJob) return;
    const started = performance.now();
    const records = this.pending;
    for (const record of this.observer?.takeRecords() ?? []) records.push(record);
    this.pending = [];
    const rescan = this.overflowed;
    this.overflowed = false;
    if (location.href !== this.url) {
      this.onLocationMaybeChanged();
    } else if (rescan) {
      this.rescan();
    } else if (records.length > 0) {
      this.applyDelta(this.scanner.applyMutations(records));
    }
    const cost = performance.now() - started;
    this.notBefore = nextFlushAt(cost);
  };

  /** A same-document navigation (SPA route change) starts a new document. */
  private readonly onLocationMaybeChanged = (): void => {
    if (location.href === this.url) return;
    this.url = location.href;
    this.hover.dismiss();
    // "Mark everything on this page" was for the page the reader saw.
    if (this.isTop && this.everythingHere) {
      this.everythingHere = false;
      void this.reportRelevance();
    }
    if (!isActiveOn(this.settings, this.url)) {
      this.applySettings(this.settings);
      return;
    }
    if (!this.active) this.activate();
    else this.rescan();
  };

  private applyDelta(delta: MarkDelta): void {
    for (const root of delta.shadowRoots) this.adoptShadowRoot(root);
    if (delta.removed.length === 0 && delta.added.length === 0) return;
    const open = this.hover.openMark;
    if (open && delta.removed.includes(open)) this.hover.dismiss();
    // The page changed: it may have become (or stopped being) about a story.
    const decisionChanged = this.isTop && this.judge();
    if (this.settings.markMode === 'all' && !decisionChanged) {
      const shown = this.shownFilter();
      const removed = delta.removed.filter((mark) => this.painted.has(mark));
      const added = delta.added.filter(shown);
      this.updatePainted(removed, added);
    } else {
      this.refreshView();
      return;
    }
    this.afterMarksChanged();
  }

  // --- the page decision --------------------------------------------------------

  /**
   * Judges the page against every story from what it mentions where (top frame only).
   * Returns whether the set of stories the page is about changed.
   */
  private judge(): boolean {
    if (document.title !== this.title.text) {
      this.title = { text: document.title, entries: this.scanner.titleEntries(document.title) };
    }
    const observation = { title: this.title.entries, blocks: this.scanner.observation() };
    this.judgements = this.index.stories.map((story) => judgePage(observation, story));
    const about = new Set(this.judgements.filter((j) => j.about).map((j) => j.story));
    if (sameSet(about, this.aboutStories)) return false;
    this.aboutStories = about;
    void this.reportRelevance();
    return true;
  }

  private tabRelevance(): TabRelevance {
    return { about: [...this.aboutStories].sort(), everything: this.everythingHere };
  }

  /** Tells the frames of this tab (through the background) what the top document decided. */
  private async reportRelevance(): Promise<void> {
    if (!this.isTop) return;
    const relevance = this.tabRelevance();
    const key = JSON.stringify(relevance);
    if (key === this.reportedRelevance) return;
    this.reportedRelevance = key;
    try {
      await requestBackground(
        { type: 'reportPageRelevance', ...relevance },
        { attempts: 3, baseDelayMs: 200, maxDelayMs: 1000 },
      );
    } catch {
      this.reportedRelevance = '';
    }
  }

  /** A frame asks the top document's decision once at start; later changes arrive as messages. */
  private async followTop(): Promise<void> {
    try {
      this.applyTabRelevance(await requestBackground({ type: 'getTabRelevance' }));
    } catch {
      // No answer: the frame stays with "not about" until the top frame reports.
    }
  }

  private applyTabRelevance(relevance: TabRelevance): void {
    const about = new Set(relevance.about);
    if (sameSet(about, this.aboutStories) && relevance.everything === this.everythingHere) return;
    this.aboutStories = about;
    this.everythingHere = relevance.everything;
    if (this.active) this.refreshView();
  }

  private policy(): MarkPolicy {
    return {
      aboutStories: this.aboutStories,
      stories: this.index.stories,
      markWhere: this.settings.markWhere,
      markBoilerplate: this.settings.markBoilerplate,
      everythingHere: this.everythingHere,
    };
  }

  /** Whether a mark is shown: a kind the reader wants, and the page decision allows it. */
  private shownFilter(): (mark: Mark) => boolean {
    const kinds = new Set<EntryKind>(this.settings.kinds);
    const policy = this.policy();
    return (mark) => kinds.has(mark.kind) && isMarked(mark, policy);
  }

  private storyContext(id: string): StoryContext {
    const stories = this.index.stories.filter((story) => story.tiers[id] !== undefined);
    const about = stories.find((story) => this.aboutStories.has(story.id));
    // An entry of no story (an imported one without tiers) is context of the page as it is.
    if (stories.length === 0) return { pageAbout: true };
    return { pageAbout: about !== undefined, name: (about ?? stories[0]!).name };
  }

  /** The popup's "why": the decision per story, with the entries that led to it. */
  private pageRelevance(): PageRelevance {
    const stories = this.index.stories.map((story) => {
      const judgement = this.judgements.find((j) => j.story === story.id);
      return {
        id: story.id,
        name: story.name,
        about: this.aboutStories.has(story.id),
        score: judgement?.score ?? 0,
        evidence: (judgement?.evidence ?? []).slice(0, 8).map((e) => ({
          entry: e.entry,
          name: this.index.names[e.entry] ?? { de: e.entry, en: e.entry },
          tier: e.tier,
          place: e.best,
          count: e.count,
        })),
      };
    });
    return { ...this.tabRelevance(), stories, withheld: this.withheld };
  }

  /**
   * Highlight styles in the document do not reach into shadow trees, and the
   * document's observer does not see their changes: each open root gets both.
   */
  private adoptShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root) || !this.observer) return;
    this.shadowRoots.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    try {
      if (!this.shadowSheet) {
        this.shadowSheet = new CSSStyleSheet();
        this.shadowSheet.replaceSync(highlightCss);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.shadowSheet];
    } catch {
      // A browser without constructable sheets in content scripts: marks there stay unstyled.
    }
  }

  /** Recomputes the visible set from every mark (settings changed, first-mention mode, page decision). */
  private refreshView(): void {
    const shown = this.shownFilter();
    const next = visibleMarks(this.scanner.marks().filter(shown), {
      kinds: new Set(this.settings.kinds),
      markMode: this.settings.markMode,
    });
    const { removed, added } = diffMarks(this.painted, next);
    this.updatePainted(removed, added);
    this.afterMarksChanged();
  }

  private updatePainted(removed: Mark[], added: Mark[]): void {
    for (const mark of removed) this.painted.delete(mark);
    for (const mark of added) this.painted.add(mark);
    this.layer.remove(removed);
    this.layer.add(added);
    if (this.wrapLayer) {
      // Our own wrapping is not a page edit: its records must not come back as work.
      this.observer?.takeRecords();
      return;
    }
    this.markIndex.remove(removed);
    this.markIndex.add(added);
  }

  private hitAt(x: number, y: number): Hit | null {
    if (!this.wrapLayer) return hitTest(document, this.markIndex, x, y, [...this.shadowRoots]);
    const found = this.wrapLayer.markAt(document.elementFromPoint(x, y));
    if (!found || !this.painted.has(found.mark)) return null;
    const rect = this.wrapLayer
      .rectsOf(found.mark)
      .find((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
    return rect ? { mark: found.mark, rect } : null;
  }

  private rectsOf(mark: Mark): DOMRect[] {
    return this.wrapLayer ? this.wrapLayer.rectsOf(mark) : markRects(mark);
  }

  private afterMarksChanged(): void {
    // Counts are of every shown mention, even where only the first is painted: the badge counts what is marked.
    const kinds = new Set<EntryKind>(this.settings.kinds);
    const shown = this.shownFilter();
    const counts = new Map<string, number>();
    let withheld = 0;
    for (const mark of this.scanner.marks()) {
      if (shown(mark)) counts.set(mark.entry, (counts.get(mark.entry) ?? 0) + 1);
      else if (kinds.has(mark.kind) && (mark.region !== 'boilerplate' || this.settings.markBoilerplate)) withheld++;
    }
    this.counts = counts;
    this.withheld = withheld;
    void this.report();
  }

  private pageEntries(): PageEntryCount[] {
    return [...this.counts].map(([entry, count]) => ({ entry, count })).sort((a, b) => b.count - a.count);
  }

  /** Tells the background (badge, popup) what the page mentions, when it changed. */
  private async report(): Promise<void> {
    const entries = this.active ? this.pageEntries() : [];
    const key = JSON.stringify(entries);
    if (key === this.reportedCounts) return;
    this.reportedCounts = key;
    try {
      await requestBackground(
        { type: 'reportPageMentions', entries },
        { attempts: 3, baseDelayMs: 200, maxDelayMs: 1000 },
      );
    } catch {
      // The background may be restarting: report again next time.
      this.reportedCounts = '';
    }
  }

  // --- entries -----------------------------------------------------------------

  private entry(id: string): Promise<Entry | undefined> {
    if (!this.entries.has(id)) this.fetchEntries([id]);
    return this.entries.get(id)!;
  }

  private fetchEntries(ids: string[]): void {
    const request = requestBackground({ type: 'getEntries', ids }).catch(() => [] as Entry[]);
    for (const id of ids) {
      const found = request.then((list) => list.find((entry) => entry.id === id));
      this.entries.set(id, found);
      // A failed lookup is forgotten, so the next hover asks again.
      void found.then((entry) => {
        if (!entry && this.entries.get(id) === found) this.entries.delete(id);
      });
    }
  }

  // --- moving between mentions ------------------------------------------------

  private paintedInOrder(): Mark[] {
    return this.scanner.marks().filter((mark) => this.painted.has(mark));
  }

  /** Keyboard command: the next (or previous) mention, scrolled into view, card open and focused. */
  private step(direction: 1 | -1): boolean {
    const marks = this.paintedInOrder();
    if (marks.length === 0) return false;
    const current = this.hover.openMark ?? this.stepCursor;
    const at = current ? marks.indexOf(current) : -1;
    const next = at < 0 ? (direction === 1 ? 0 : marks.length - 1) : (at + direction + marks.length) % marks.length;
    this.goTo(marks[next]!, { focus: true });
    return true;
  }

  /** Popup: the entry's next mention after the last one shown, flashed, card open. */
  private reveal(entry: string): boolean {
    const marks = this.paintedInOrder().filter((mark) => mark.entry === entry);
    if (marks.length === 0) return false;
    const at = this.stepCursor ? marks.indexOf(this.stepCursor) : -1;
    const mark = marks[(at + 1) % marks.length]!;
    this.goTo(mark, { focus: false });
    this.flash(mark);
    return true;
  }

  /** The card's "next mention": the entry's mention after the one whose card is open, its card focused. */
  private nextMention(entry: string): boolean {
    const marks = this.paintedInOrder().filter((mark) => mark.entry === entry);
    if (marks.length === 0) return false;
    const current = this.hover.openMark ?? this.stepCursor;
    const at = current ? marks.indexOf(current) : -1;
    this.goTo(marks[(at + 1) % marks.length]!, { focus: true });
    return true;
  }

  private goTo(mark: Mark, { focus }: { focus: boolean }): void {
    this.stepCursor = mark;
    const element = mark.range.startContainer.parentElement;
    const rect = this.rectsOf(mark)[0];
    const inView = rect && rect.top >= 0 && rect.bottom <= innerHeight;
    if (!inView) element?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.emphasise(mark);
    this.hover.open(mark, { focus });
  }

  /** Lights up the mention stepped to (its own highlight) until its card closes or another opens. */
  private emphasise(mark: Mark | null): void {
    if (mark === this.emphasised) return;
    if (this.emphasised) {
      if (this.wrapLayer) this.wrapLayer.flash(this.emphasised, false, 'current');
      else CSS.highlights?.delete(`${HIGHLIGHT_PREFIX}current`);
    }
    this.emphasised = mark;
    if (!mark) return;
    if (this.wrapLayer) this.wrapLayer.flash(mark, true, 'current');
    else CSS.highlights.set(`${HIGHLIGHT_PREFIX}current`, new Highlight(mark.range));
  }

  private flash(mark: Mark): void {
    clearTimeout(this.flashTimer);
    if (this.wrapLayer) {
      const wrap = this.wrapLayer;
      wrap.flash(mark, true);
      this.flashTimer = setTimeout(() => wrap.flash(mark, false), FLASH_MS);
      return;
    }
    CSS.highlights.set(`${HIGHLIGHT_PREFIX}flash`, new Highlight(mark.range));
    this.flashTimer = setTimeout(() => CSS.highlights.delete(`${HIGHLIGHT_PREFIX}flash`), FLASH_MS);
  }

  /** Entries (of shown kinds) in the headline, the first h1, or the lead, the first real paragraph after it. */
  private leadEntries(): string[] {
    const headline = document.querySelector('h1');
    const scope = headline?.closest('article, main') ?? document.querySelector('article, main') ?? document.body;
    const lead = [...(scope?.querySelectorAll('p') ?? [])].find(
      (p) =>
        (p.textContent ?? '').trim().length >= 80 &&
        (!headline || (headline.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0),
    );
    const zones: Element[] = [headline, lead].filter(
      (zone): zone is HTMLParagraphElement | HTMLHeadingElement => zone != null,
    );
    const kinds = new Set<EntryKind>(this.settings.kinds);
    const found = new Set<string>();
    for (const mark of this.scanner.marks()) {
      if (kinds.has(mark.kind) && zones.some((zone) => zone.contains(mark.range.startContainer))) found.add(mark.entry);
    }
    return [...found];
  }

  // --- messages from the extension --------------------------------------------

  /** A tab message the pre-check received before this controller listened: answered as if it came now. */
  answer(message: unknown): Promise<unknown> | undefined {
    return this.onMessage(message);
  }

  private readonly onMessage = (message: unknown): Promise<unknown> | undefined => {
    const request = parseMessage(tabRequestSchema, message);
    switch (request?.type) {
      case 'getPageMentions': {
        const answer: PageMentions = {
          url: location.href,
          title: document.title,
          active: this.active,
          entries: this.pageEntries(),
          lead: this.active ? this.leadEntries() : [],
          ...(this.active ? { relevance: this.pageRelevance() } : {}),
        };
        return Promise.resolve(answer);
      }
      case 'markEverything': {
        if (!this.isTop || !this.active) return Promise.resolve<TabResponses['markEverything']>(false);
        this.everythingHere = request.on;
        this.refreshView();
        void this.reportRelevance();
        return Promise.resolve<TabResponses['markEverything']>(true);
      }
      case 'getPageRelevance':
        return this.isTop ? Promise.resolve<TabResponses['getPageRelevance']>(this.tabRelevance()) : undefined;
      case 'tabRelevance': {
        if (!this.isTop) this.applyTabRelevance({ about: request.about, everything: request.everything });
        return undefined;
      }
      case 'stepMention':
        return Promise.resolve<TabResponses['stepMention']>(this.active && this.step(request.direction));
      case 'revealMention':
        return Promise.resolve<TabResponses['revealMention']>(this.active && this.reveal(request.entry));
      default:
        return undefined;
    }
  };
}

/** Runs `slice` with the milliseconds it may take, in the page's next idle period (or a task where there are none). */
function whenIdle(slice: (ms: number) => void): void {
  if (typeof requestIdleCallback !== 'function') {
    setTimeout(() => slice(SCAN_SLICE_MS), 0);
    return;
  }
  requestIdleCallback(
    (deadline) =>
      slice(deadline.didTimeout ? SCAN_SLICE_MS : Math.min(SCAN_SLICE_MS, Math.max(4, deadline.timeRemaining()))),
    { timeout: IDLE_TIMEOUT_MS },
  );
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
