// Topics as the comparison panel lists them: things named, ranked, at most a dozen a side. The
// analysis offers every noun-like word of a party's claims; words that name nothing (pronouns,
// adverbs, stop words, common verbs tagged as nouns) are left out here, and the first dozen of
// the rest, in the comparison's own ranking, are shown.

export const MAX_TOPICS = 12;

const NOT_A_THING = new Set(`
a about above after again against all also am an and any are as at away back be because been
before being below between both but by can could did do does doing done down during each even
ever every few for from further had has have having he her here hers herself him himself his how
i if in into is it its itself just least less let like many may me might mine more most much must
my myself never no nor not now of off often on once only or other others ought our ours ourselves
out over own per perhaps quite rather really same say said says she should since so some still
such than that the their theirs them themselves then there these they this those though through
thus to today tomorrow too under until up upon us very via was we were what whatever when where
whether which while who whom whose why will with within without would yesterday yet you your
yours yourself yourselves one ones thing things way lot lots kind sort something anything
nothing everything someone anyone everyone nobody somebody anybody everybody time times
week weeks day days year years month months tonight earlier later ago already soon
go goes going went gone get gets got make makes made take takes took put puts come came see saw
seen know knew known think thought want wants wanted told tell tells ask asked added adds
`.split(/\s+/).filter(Boolean));

/** A topic names a thing unless every word of it is on the stop list (or it is a bare number). */
export function namesAThing(name) {
  const words = name.toLowerCase().split(/[\s\-–—'’]+/).filter(Boolean);
  if (!words.length) return false;
  if (words.every((w) => NOT_A_THING.has(w) || /^\d+$/.test(w))) return false;
  return !NOT_A_THING.has(words[words.length - 1]);
}

/**
 * A party's topics to show: things only, at most MAX_TOPICS, in the comparison's order (it ranks
 * them already: raised by both first, then those the article says were left out, then the most
 * raised).
 */
export function rankTopics(topics) {
  return topics.filter((t) => namesAThing(t.name)).slice(0, MAX_TOPICS);
}
