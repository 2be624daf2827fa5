/** What the caller knows about the run that the analysis does not: who made it, when, and how it was invoked. */
export interface ReportMeta {
  generator: { name: string; version: string };
  /** ISO 8601; taken from SOURCE_DATE_EPOCH by the CLI when that is set, so runs can be byte-identical. */
  generatedAt: string;
  /** The run's settings as the user gave them (corpus path, lexicon files, flags). */
  options: Record<string, string | string[] | boolean>;
}

/** One file of a report, relative to the output folder. */
export interface ReportFile {
  path: string;
  content: string;
}
