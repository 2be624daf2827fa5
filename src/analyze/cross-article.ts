import type { Article } from '../corpus/types.js';
import { QuoteGrouper, type QuoteGroup } from '../structure/compare-quotes.js';
import { articleText } from '../structure/own-text.js';
import type { ArticleStructure } from '../structure/types.js';
import { countingPlan, type CountingPlan } from '../syndication/counting.js';
import { copyGroups, describeGroup, type CopyGroupIds, type CopyMember } from '../syndication/groups.js';
import { CopyPrints } from '../syndication/prints.js';
import type { SharedCopyGroup } from '../syndication/types.js';
import type { ArticleRecord } from './types.js';

/** An article read again, with its structure, for the corpus-wide steps that need its text. */
export interface LookedUp {
  article: Article;
  structure: ArticleStructure;
}

/**
 * How the cross-article stage reads articles again once every article has
 * been through the per-article stages: the ones it names, in id order, one
 * at a time. A single run reads them from the corpus; a merge from the
 * partial files.
 */
export type ArticleLookup = (ids: readonly string[]) => AsyncIterable<LookedUp>;

export interface CrossArticleResult {
  sharedCopies: SharedCopyGroup[];
  counting: CountingPlan;
  quoteGroups: QuoteGroup[];
}

/**
 * The stage after the per-article stages: shared copies (from each
 * article's fingerprint and MinHash signature) and the cross-outlet
 * quotation comparison (grouped as articles come, in id order). It keeps
 * only fingerprints, signatures and quotation groups while articles stream
 * past; at the end it reads again only the articles it needs: the members
 * of groups of copies (to say what each copy changed) and the articles
 * searched for paraphrases.
 */
export class CrossArticleStage {
  private readonly prints = new CopyPrints();
  private readonly quotes = new QuoteGrouper();
  private last: string | undefined;

  constructor(private readonly includeBoilerplate: boolean) {}

  add(record: ArticleRecord): void {
    const { article } = record;
    if (this.last !== undefined && article.id <= this.last) throw new Error(`articles must reach the cross-article stage in id order: ${article.id} after ${this.last}`);
    this.last = article.id;
    this.prints.add(article.id, record.fingerprint, record.signature);
    this.quotes.add({ articleId: article.id, outlet: article.outlet, text: article.text, structure: record.structure });
  }

  async finish(lookup: ArticleLookup, countSharedOnce: boolean): Promise<CrossArticleResult> {
    const groups = copyGroups(this.prints);
    const paraphrases = new Set(this.quotes.paraphrasePlan().articles);
    const groupsOf = new Map<string, number[]>();
    groups.forEach((g, i) => {
      for (const id of g.articles) groupsOf.set(id, [...(groupsOf.get(id) ?? []), i]);
    });
    const described: SharedCopyGroup[] = new Array<SharedCopyGroup>(groups.length);
    // A group is described as soon as its last member has been read; until then its members' texts wait here.
    const waiting = groups.map((g) => ({ group: g, members: new Map<string, CopyMember>() }));
    const wanted = [...new Set([...paraphrases, ...groupsOf.keys()])].sort();
    for await (const { article, structure } of lookup(wanted)) {
      if (paraphrases.has(article.id)) this.quotes.searchParaphrases({ articleId: article.id, outlet: article.outlet, text: article.text, structure });
      for (const g of groupsOf.get(article.id) ?? []) {
        const entry = waiting[g] as { group: CopyGroupIds; members: Map<string, CopyMember> };
        entry.members.set(article.id, { id: article.id, outlet: article.outlet, text: articleText(article.text, structure, this.includeBoilerplate), title: article.title, wireSource: article.wireSource });
        if (entry.members.size === entry.group.articles.length) {
          described[g] = describeGroup(entry.group, entry.members);
          entry.members.clear();
        }
      }
    }
    if (described.some((g) => g === undefined) || described.length !== groups.length) throw new Error('an article of a group of shared copies could not be read again');
    return { sharedCopies: described, counting: countingPlan(described, countSharedOnce), quoteGroups: this.quotes.result() };
  }
}
