// The one place where the page reads result fields whose names are changing (snake_case today,
// camelCase after the schema review): each accessor takes either spelling, so the rest of the
// page never names them.

const pick = (o, camel, snake) => (o == null ? undefined : o[camel] !== undefined ? o[camel] : o[snake]);

/** An attribution's cue class ("speech", "writing", "belief", …). */
export const cueClass = (a) => pick(a, 'cueClass', 'cue_class');

/** A comparison's topics raised by both parties. */
export const sharedTopics = (cmp) => pick(cmp, 'sharedTopics', 'shared_topics') ?? [];

/** A shared topic's attributions on side a / b. */
export const topicAttributionsA = (t) => pick(t, 'attributionsA', 'attributions_a') ?? [];
export const topicAttributionsB = (t) => pick(t, 'attributionsB', 'attributions_b') ?? [];

/** An omission the other party raised. */
export const raisedByOther = (o) => Boolean(pick(o, 'raisedByOther', 'raised_by_other'));
