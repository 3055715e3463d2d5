#!/usr/bin/env python3
"""Learn the attribution engine's tables from PolNeAR train (and dev, for checking only).

usage:
  train_attribution.py cues GOLD.jsonl              -> writes src/attribution/learned_cues.rs
  train_attribution.py calibrate GOLD.jsonl BINARY [--real DIR]
                                                    -> writes src/attribution/learned_calibration.rs

`cues`: for every word, how often an occurrence of it in train text lies inside an annotated cue
(precision), and how often the content then follows the cue (direction). Kept: words seen as a cue
at least MIN_HITS times with precision >= MIN_PREC. The cue class comes from a small stem table
below (PolNeAR does not annotate it).

`calibrate`: rebuilds with an empty table (run from the crate root), runs BINARY (quotelens analyze --jsonl) on train, scores each predicted attribution the
way score_quotes.py does (content IoU >= 0.5 and the speaker right), and stores the observed rate of
"right" per feature cell (the cell id the engine writes as its raw confidence bucket). Reads only
the train and dev splits; never the test split. With `--real DIR` (the real development articles,
../shared/eval/real_dev), the English articles count too, each of their shown predictions (speech
and writing) weighing REAL_WEIGHT PolNeAR predictions, "right" as score_real.py has it (matches an
annotated statement and names its source): the confidence a reader sees is then calibrated on
what a reader calls a statement as well as on PolNeAR's relations.
"""
import collections
import json
import math
import re
import subprocess
import sys

# How many PolNeAR predictions one prediction on a real article weighs in calibration: PolNeAR
# train has about 20,000, the English real articles about 450. Measured (real_dev en ECE /
# PolNeAR dev ECE, attribution F1): PolNeAR alone 0.217 / 0.022, 0.654; weight 20: 0.147 /
# 0.091, 0.654; 40: 0.111 / 0.129, 0.652; 100: 0.058 / 0.175, 0.641. The feature cells cannot
# tell a reader's right answer (the source named) from PolNeAR's (the speaker span), so the
# shipped table is PolNeAR's until they can.
REAL_WEIGHT = 40
MIN_HITS = 3
MIN_PREC = 0.04
# Function words ride along inside multi-word cues ("is expected to", "pointed out") but never
# head one: they are left out of the table.
CUE_STOP = set('''a about after again all also am an and any are as at be been being both but by can
could did do does doing down during each even few for from further had has have having he her here
hers him his how i if in into is it its itself just me more most my no nor not now of off on once
only or other our out over own same she should so some still such than that the their them then
there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your'''.split())
# Prepositions that end a two-word cue ("talked about", "criticism of"): the pair is learned as
# one entry, "talked about". Same list as CUE_PARTICLES in src/attribution/lexicon.rs.
PARTICLES = set('about against as at by for from in of on over to with'.split())
WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")

# Cue classes by stem: the engine's data, kept readable here. Anything else is speech.
CLASS_STEMS = {
    'writing': ['wrote', 'writ', 'tweet', 'post', 'statement', 'letter', 'publish', 'report', 'memo',
                'email', 'blog', 'op-ed', 'editorial', 'filing', 'read', 'print', 'text'],
    'belief': ['think', 'thought', 'believ', 'expect', 'want', 'hope', 'fear', 'feel', 'felt', 'know',
               'knew', 'seem', 'appear', 'plan', 'intend', 'wish', 'worr', 'doubt', 'suspect', 'assum',
               'consider', 'view', 'see', 'saw', 'understand', 'understood', 'sure', 'convinc',
               'prefer', 'aim', 'seek', 'sought', 'decid', 'determin', 'like', 'likel', 'hop',
               'concern', 'realiz', 'recogniz', 'imagin', 'guess', 'predict', 'estimat', 'anticipat'],
    'evaluation': ['critic', 'prais', 'accus', 'blam', 'attack', 'blast', 'defend', 'endors', 'support',
                   'oppos', 'dismiss', 'reject', 'condemn', 'slam', 'mock', 'applaud', 'welcom',
                   'denounc', 'challeng', 'question', 'back', 'favor', 'object', 'protest', 'lambast',
                   'ridicul', 'fault', 'hail', 'celebrat', 'derid', 'decr', 'scold', 'chastis',
                   'disagre', 'agre', 'approv', 'disapprov', 'commend', 'thank', 'honor', 'deni',
                   'declin', 'refus'],
}


def cue_class(word):
    for cls in ('writing', 'belief', 'evaluation'):
        if any(word.startswith(s) for s in CLASS_STEMS[cls]):
            return cls
    return 'speech'


def docs(path, splits):
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        if d['split'] in splits:
            yield d


def quoted_offsets(text):
    """Offsets inside double quotation marks (straight marks toggle; a paragraph resets)."""
    out, inside, start = set(), False, 0
    for i, c in enumerate(text):
        if c == '\n':
            if inside:
                out.update(range(start, i))
            inside = False
        elif c == '“' or (c == '"' and not inside):
            inside, start = True, i
        elif c == '”' or (c == '"' and inside):
            if inside:
                out.update(range(start, i))
            inside = False
    return out


# ---- context: the classes of the tokens around a cue word (same as cues::context in Rust) ----
TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’.\-][A-Za-z0-9]+)*|[^\sA-Za-z0-9]")
PRONOUNS = set('he she they it i we you'.split())
DETERMINERS = set('the a an his her their its my our your this these those'.split())
AUXILIARIES = set('to is was are were be been has have had will would could should may might can did '
                  'does do not also'.split())
PREV_CLASSES = 'NDAPW'  # subject-like, determiner, auxiliary, punctuation/start, other word
NEXT_CLASSES = 'tcpxw'  # that, clause start, punctuation/end, particle, other word


def prev_class(tok):
    if tok is None or not tok[0].isalnum():
        return 'P'
    w = tok.lower().replace('’', "'")
    if w in PRONOUNS or tok[0].isupper():
        return 'N'
    if w in DETERMINERS or w.endswith("'s"):
        return 'D'
    if w in AUXILIARIES or (len(w) > 4 and w.endswith('ly')):
        return 'A'
    return 'W'


def next_class(tok):
    if tok is None or not tok[0].isalnum():
        return 'p'
    w = tok.lower().replace('’', "'")
    if w == 'that':
        return 't'
    if w in PRONOUNS or w in DETERMINERS or tok[0].isupper():
        return 'c'
    if w in PARTICLES:
        return 'x'
    return 'w'


def logit(p):
    p = min(max(p, 1e-3), 1 - 1e-3)
    return math.log(p / (1 - p))


def fit_context(occurrences, prec):
    """Additive log-odds for the previous and next token's class, fitted by gradient steps on
    (word, prev class, next class, is cue) occurrences of table words."""
    dp = {c: 0.0 for c in PREV_CLASSES}
    dn = {c: 0.0 for c in NEXT_CLASSES}
    for _ in range(30):
        gp = collections.Counter()
        gn = collections.Counter()
        np_, nn = collections.Counter(), collections.Counter()
        for w, a, b, y in occurrences:
            z = logit(prec[w]) + dp[a] + dn[b]
            err = y - 1 / (1 + math.exp(-z))
            gp[a] += err
            gn[b] += err
            np_[a] += 1
            nn[b] += 1
        for c in dp:
            dp[c] += 4 * gp[c] / max(1, np_[c])
        for c in dn:
            dn[c] += 4 * gn[c] / max(1, nn[c])
    return dp, dn


def learn_cues(path):
    total, hits, after = collections.Counter(), collections.Counter(), collections.Counter()
    for d in docs(path, ('train',)):
        text = d['text']
        cue_at = {}
        for q in d['quotes']:
            if q.get('cue_start') is None:
                continue
            for i in range(q['cue_start'], q['cue_end']):
                cue_at[i] = q['start'] >= q['cue_end']
        quoted = quoted_offsets(text)
        prev = None
        for m in WORD.finditer(text):
            if m.start() in quoted:
                prev = None
                continue  # words inside quotation marks are someone's words, not the writer's cues
            w = m.group().lower().replace('’', "'")
            keys = [w]
            # A pair only when the two words are adjacent (one space).
            if prev is not None and w in PARTICLES and text[prev[1]:m.start()] == ' ':
                keys.append(prev[0] + ' ' + w)
            for k in keys:
                total[k] += 1
                both = m.start() in cue_at and (k == w or prev[2] in cue_at)
                if both:
                    hits[k] += 1
                    after[k] += cue_at[m.start()]
            prev = (w, m.end(), m.start())
    rows = []
    for w, h in hits.items():
        p = h / total[w]
        if ' ' in w:
            # A pair is worth a row only when it is a surer cue than its first word alone.
            first = w.split(' ')[0]
            if first in CUE_STOP or p <= hits[first] / max(1, total[first]) + 0.1:
                continue
        if h >= MIN_HITS and p >= MIN_PREC and len(w) > 1 and w not in CUE_STOP:
            rows.append((w, round(255 * min(p, 1.0)), round(255 * after[w] / h), cue_class(w), h))
    rows.sort()
    # Second pass: the context of every occurrence of a kept single word.
    kept = {w: p / 255 for w, p, *_ in rows if ' ' not in w}
    occ = []
    for d in docs(path, ('train',)):
        text = d['text']
        cue_starts = set()
        for q in d['quotes']:
            if q.get('cue_start') is not None:
                cue_starts.update(range(q['cue_start'], q['cue_end']))
        quoted = quoted_offsets(text)
        toks = list(TOKEN.finditer(text))
        for i, m in enumerate(toks):
            w = m.group().lower().replace('’', "'")
            if w not in kept or m.start() in quoted:
                continue
            a = prev_class(toks[i - 1].group() if i > 0 else None)
            b = next_class(toks[i + 1].group() if i + 1 < len(toks) else None)
            occ.append((w, a, b, m.start() in cue_starts))
    dp, dn = fit_context(occ, kept)
    print('context', {k: round(v, 2) for k, v in dp.items()}, {k: round(v, 2) for k, v in dn.items()},
          file=sys.stderr)
    # How often content that follows the cue stops at the first comma after it (smoothed): NP
    # objects ("denied it, with …") do, clauses after "said" mostly do not.
    comma_n, comma_k = collections.Counter(), collections.Counter()
    keys_set = {w for w, *_ in rows}
    for d in docs(path, ('train',)):
        text = d['text']
        for q in d['quotes']:
            if q.get('cue_end') is None or q['start'] < q['cue_end']:
                continue
            ws = [m.group().lower().replace('’', "'") for m in WORD.finditer(q['cue'])]
            if not ws:
                continue
            key = ' '.join(ws[-2:]) if len(ws) >= 2 and ' '.join(ws[-2:]) in keys_set else ws[-1]
            m = re.search(r'[,.;?!\n]', text[q['start']:])
            if not m or m.group() != ',':
                continue
            comma = q['start'] + m.start()
            end = q['end']
            while end > q['start'] and text[end - 1] in ' .,;"”\'':
                end -= 1
            comma_n[key] += 1
            comma_k[key] += abs(end - comma) <= 2
    comma = {w: round(255 * (comma_k[w] + 1) / (comma_n[w] + 2)) for w in keys_set}

    # Compact form for the wasm budget: one string of keys and parallel byte arrays.
    keys = '\n'.join(w for w, *_ in rows) + '\n'
    starts, at = [], 0
    for w, *_ in rows:
        starts.append(at)
        at += len(w.encode()) + 1
    starts.append(at)
    assert at < 65536
    classes = {'speech': 0, 'writing': 1, 'belief': 2, 'evaluation': 3}

    def wrap(values):
        vals = [str(v) for v in values]
        lines, line = [], '   '
        for v in vals:
            if len(line) + len(v) + 2 > 100:
                lines.append(line)
                line = '   '
            line += ' ' + v + ','
        lines.append(line)
        return lines

    out = ['// @generated by scripts/train_attribution.py cues, from PolNeAR train. Do not edit.',
           '// Cue keys (a word, or "word particle"), sorted, each ending in a newline; for key i,',
           '// KEYS[STARTS[i]..STARTS[i + 1] - 1] is the key, PREC[i] = P(cue | key) * 255,',
           '// AFTER[i] = P(content after the cue | cue) * 255, CLASS[i] = speech, writing, belief,',
           '// evaluation (0..3), COMMA[i] = P(content after the cue stops at the next comma) * 255.',
           '// Kept: at least %d occurrences as a cue and precision >= %.2f.' % (MIN_HITS, MIN_PREC),
           '',
           'pub static KEYS: &str = %s;' % json.dumps(keys),
           '/// Where each key starts in KEYS, and KEYS.len() last: found from the newlines at first',
           '/// use. Written out, these %d increasing numbers cost the wasm build 2.9 KB gzipped.' % len(starts),
           'pub static STARTS: crate::sync::LazyLock<alloc::vec::Vec<u16>> = crate::sync::LazyLock::new(|| {',
           '    let mut starts = alloc::vec![0];',
           '    for (i, b) in KEYS.bytes().enumerate() {',
           '        if b == b\'\\n\' {',
           '            starts.push(i as u16 + 1);',
           '        }',
           '    }',
           '    starts',
           '});',
           'pub static PREC: [u8; %d] = [' % len(rows)] + wrap(p for _, p, *_ in rows) + ['];',
           'pub static AFTER: [u8; %d] = [' % len(rows)] + wrap(a for _, _, a, *_ in rows) + ['];',
           'pub static CLASS: [u8; %d] = [' % len(rows)] + wrap(classes[c] for *_, c, _ in rows) + ['];',
           'pub static COMMA: [u8; %d] = [' % len(rows)] + wrap(comma[w] for w, *_ in rows) + ['];']
    out.append('')
    out.append('/// Log-odds (x16) added for the class of the token before a cue word: %s.' % ', '.join(
        ['subject-like', 'determiner', 'auxiliary', 'punctuation or start', 'other word']))
    out.append('pub static PREV_CONTEXT: [i8; 5] = [%s];' % ', '.join(str(round(16 * dp[c])) for c in PREV_CLASSES))
    out.append('/// Log-odds (x16) added for the class of the token after it: %s.' % ', '.join(
        ['"that"', 'clause start', 'punctuation or end', 'particle', 'other word']))
    out.append('pub static NEXT_CONTEXT: [i8; 5] = [%s];' % ', '.join(str(round(16 * dn[c])) for c in NEXT_CLASSES))
    open('src/attribution/learned_cues.rs', 'w').write('\n'.join(out) + '\n')
    print('%d cue words' % len(rows), file=sys.stderr)


# ---- calibration (mirrors score_quotes.py) ----
TRIM = set('"\'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a\u300c\u300d \t\n\u00a0.,;:!?\u2014\u2013-')
STOP = {'the', 'a', 'an', 'of', 'said', 'says', 'mr', 'ms', 'mrs', 'dr', 'and', 'in', 'for', 'to', 'on', 'at', 'by'}


def trim(text, a, b):
    while a < b and text[a] in TRIM:
        a += 1
    while b > a and text[b - 1] in TRIM:
        b -= 1
    return a, b


def iou(x, y):
    inter = max(0, min(x[1], y[1]) - max(x[0], y[0]))
    union = max(x[1], y[1]) - min(x[0], y[0])
    return inter / union if union else 0.0


def words(s):
    return {w.lower().strip('.') for w in re.findall(r"\w[\w'\-.]*", s or '')} - STOP


def utf16_to_cp(text):
    table, u = {}, 0
    for i, ch in enumerate(text):
        table[u] = i
        u += 2 if ord(ch) > 0xFFFF else 1
    table[u] = len(text)
    return table


def speaker_ok(p, g):
    ps = p.get('speaker') or {}
    if ps.get('start') is not None and g.get('speaker_start') is not None:
        if iou((ps['start'], ps['end']), (g['speaker_start'], g['speaker_end'])) > 0:
            return True
    names = words(ps.get('text')) | words((p.get('source') or {}).get('name'))
    return bool(names & (words(g.get('speaker')) | words(g.get('speaker_ref'))))


def outcomes(path, binary, split):
    """(cell, right) for every predicted attribution of the split."""
    ds = list(docs(path, (split,)))
    inp = ''.join(json.dumps({'id': d['id'], 'text': d['text']}) + '\n' for d in ds)
    # Every attribution, however unsure: the confidence carries the cell id here, not a probability.
    res = subprocess.run([binary, 'analyze', '--jsonl', '--min-confidence', '0'], input=inp,
                         capture_output=True, text=True, check=True)
    preds = {}
    for line in res.stdout.splitlines():
        if line.strip():
            r = json.loads(line)
            preds[r['id']] = r['analysis']
    for d in ds:
        text, table = d['text'], utf16_to_cp(d['text'])
        P, Ps = [], []
        for a in preds.get(d['id'], {}).get('attributions', []):
            s, e = table.get(a['content']['start']), table.get(a['content']['end'])
            sp = a.get('speaker')
            if sp:
                sp = dict(sp, start=table.get(sp['start']), end=table.get(sp['end']))
            P.append(dict(a, speaker=sp))
            Ps.append(trim(text, s, e))
        G = d['quotes']
        Gs = [trim(text, q['start'], q['end']) for q in G]
        pairs = sorted(((iou(g, p), gi, pi) for gi, g in enumerate(Gs) for pi, p in enumerate(Ps)), reverse=True)
        ug, up, m = set(), set(), {}
        for sc, gi, pi in pairs:
            if sc < 0.5:
                break
            if gi in ug or pi in up:
                continue
            ug.add(gi), up.add(pi)
            m[pi] = gi
        for pi, a in enumerate(P):
            yield int(round(a['confidence'] * 1000)) % 1000, pi in m and speaker_ok(a, G[m[pi]])


def outcomes_real(folder, binary):
    """(cell, right) for every shown prediction (speech and writing) on the English real articles,
    "right" as score_real.py counts it."""
    import os
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(folder)), ''))
    from score_real import names, span_of
    from score_real import trim as trim_real
    arts = [json.load(open(os.path.join(folder, f), encoding='utf-8'))
            for f in sorted(os.listdir(folder)) if f.endswith('.json') and f.startswith('en-')]
    inp = ''.join(json.dumps({'id': d['id'], 'text': d['text']}) + '\n' for d in arts)
    res = subprocess.run([binary, 'analyze', '--jsonl', '--min-confidence', '0'], input=inp,
                         capture_output=True, text=True, check=True)
    preds = {json.loads(l)['id']: json.loads(l)['analysis'] for l in res.stdout.splitlines() if l.strip()}
    for d in arts:
        text, table = d['text'], utf16_to_cp(d['text'])
        shown = [a for a in preds[d['id']]['attributions'] if a['cueClass'] in ('speech', 'writing')]
        spans = [trim_real(text, table[a['content']['start']], table[a['content']['end']]) for a in shown]
        right = set()
        for g in d['attributions']:
            gs = span_of(text, g)
            best = max(range(len(spans)), key=lambda i: iou(gs, spans[i]), default=None)
            if best is not None and iou(gs, spans[best]) >= 0.5:
                a = shown[best]
                if names(g.get('source')) & (names(a.get('source')) | names((a.get('speaker') or {}).get('text'))):
                    right.add(best)
        for i, a in enumerate(shown):
            yield int(round(a['confidence'] * 1000)) % 1000, i in right


CALIBRATION_RS = 'src/attribution/learned_calibration.rs'
EMPTY = """// @generated by scripts/train_attribution.py calibrate, from PolNeAR train. Do not edit.
// Empty: the engine reports raw cells until the script fills this table.

pub static CALIBRATION: &[(u16, u8)] = &[];
"""


def calibrate(path, binary, real=None):
    """Empties CALIBRATION and rebuilds, so that the engine's confidence carries the cell id / 1000;
    then measures each cell on train (and the real articles) and writes the table (rebuild
    afterwards)."""
    open(CALIBRATION_RS, 'w').write(EMPTY)
    subprocess.run(['cargo', 'build', '--release', '--quiet'], check=True)
    n, k = collections.Counter(), collections.Counter()
    for cell, right in outcomes(path, binary, 'train'):
        n[cell] += 1
        k[cell] += right
    for cell, right in (outcomes_real(real, binary) if real else ()):
        n[cell] += REAL_WEIGHT
        k[cell] += REAL_WEIGHT * right
    prior = sum(k.values()) / max(1, sum(n.values()))
    rows = []
    for cell in sorted(n):
        # Shrink small cells towards the overall rate (a Beta prior of strength 10).
        rate = (k[cell] + 10 * prior) / (n[cell] + 10)
        rows.append((cell, round(255 * rate), n[cell]))
    source = 'PolNeAR train and the English real articles' if real else 'PolNeAR train'
    out = ['// @generated by scripts/train_attribution.py calibrate, from %s. Do not edit.' % source,
           '// (feature cell, P(speaker and content right) * 255); cells are described in scoring.rs.',
           '// Overall rate on train: %.3f over %d predictions.' % (prior, sum(n.values())), '',
           'pub static CALIBRATION: &[(u16, u8)] = &[']
    for cell, r, cnt in rows:
        out.append('    (%d, %d), // n=%d' % (cell, r, cnt))
    out.append('    (999, %d), // unseen cells: the overall rate' % round(255 * prior))
    if real:
        out[2] = '// Overall rate: %.3f (a real-article prediction weighs %d).' % (prior, REAL_WEIGHT)
    out.append('];')
    open(CALIBRATION_RS, 'w').write('\n'.join(out) + '\n')
    print('%d cells, prior %.3f' % (len(rows), prior), file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'cues':
        learn_cues(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == 'calibrate':
        calibrate(sys.argv[2], sys.argv[3], sys.argv[sys.argv.index('--real') + 1] if '--real' in sys.argv else None)
    else:
        sys.exit(__doc__)
