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

`calibrate`: the confidence, in two stages (src/attribution/scoring.rs), both written to
learned_calibration.rs; run from the crate root, BINARY being target/release/quotelens (rebuilt by
the script). Reads only the train and dev splits; never the test split.
  1. Rebuilds with empty tables, so that the engine's confidence carries the cell id / 1000; runs
     BINARY on train, scores each predicted attribution the way score_quotes.py does (content IoU
     >= 0.5 and the speaker right), and stores the observed rate of "right" per feature cell.
  2. With `--real DIR` (the real development articles, ../shared/eval/real_dev): rebuilds with those
     rates and an identity remap, and fits the remap from the engine's rate to the confidence shown:
     the chance that a reader finds a statement right, "right" as score_real.py has it (the shown
     prediction, speech or writing, matches an annotated statement and names its source), on the
     English articles' shown predictions. The curve is logistic in the rate's log-odds x, with a
     second slope under KNOT: z = a + b x + c min(x - logit(KNOT), 0); PolNeAR train's shown
     statements (their own "right") join the fit weighing POLNEAR_WEIGHT real predictions in all, a
     prior towards the engine's own calibration. READER_MIN, the minimum PolNeAR is scored at
     (scripts/eval_attribution.py), is the remap of the lowest level the engine's 0.25 kept (levels
     under it map strictly lower). The remap applies to speech and writing (src/lib.rs). Prints the reliability bins before and after, in-sample ECE and ECE
     cross-validated by article (the remap refitted without the held-out articles), the ECE that
     sampling alone would give a perfectly calibrated confidence, and PolNeAR dev ECE.
Without --real the remap is the identity (the confidence is PolNeAR's cell rate).
"""
import collections
import json
import math
import re
import subprocess
import sys

# The remap (stage 2). Before it, blending the real articles into the cell rates was measured
# (each real prediction weighing w PolNeAR ones; real_dev en ECE / PolNeAR dev ECE, attribution
# F1): PolNeAR alone 0.217 / 0.022, 0.654; w=20: 0.147 / 0.091, 0.654; 40: 0.111 / 0.129, 0.652;
# 100: 0.058 / 0.175, 0.641. The cells cannot tell a reader's right answer (the source named) from
# PolNeAR's (the speaker span), and moving a cell's rate moves it across the minimum: a monotone
# remap of the rate corrects the scale without changing what is kept.
KNOT = 0.7
POLNEAR_WEIGHT = 25
FOLDS, SEEDS = 5, 10
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


def analyze(binary, docs, args=()):
    """{id: analysis} from BINARY analyze --jsonl over docs ({id, text, lang?})."""
    inp = ''.join(json.dumps({k: d[k] for k in ('id', 'text', 'lang') if k in d}) + '\n' for d in docs)
    res = subprocess.run([binary, 'analyze', '--jsonl', *args], input=inp, capture_output=True, text=True,
                         check=True)
    return {r['id']: r['analysis'] for r in map(json.loads, res.stdout.splitlines()) if r}


def outcomes(path, binary, split, args=()):
    """(attribution, right) for every predicted attribution of the split, "right" as score_quotes.py
    has it."""
    ds = list(docs(path, (split,)))
    preds = analyze(binary, ds, args)
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
            yield a, pi in m and speaker_ok(a, G[m[pi]])


def outcomes_real(folder, binary):
    """(article id, attribution, right) for every shown prediction (speech and writing, default
    minimum) on the English real articles, "right" as score_real.py counts it for its ece."""
    import os
    sys.path.insert(0, os.path.dirname(os.path.abspath(folder)))
    from score_real import names, span_of, u16_to_cp
    from score_real import iou as iou_real, trim as trim_real
    arts = [json.load(open(os.path.join(folder, f), encoding='utf-8'))
            for f in sorted(os.listdir(folder)) if f.endswith('.json')]
    arts = [dict(d, id=str(d['id'])) for d in arts if d.get('lang') == 'en']
    preds = analyze(binary, arts)
    for d in arts:
        text, table = d['text'], u16_to_cp(d['text'])
        shown = [a for a in preds[d['id']]['attributions'] if a['cueClass'] in ('speech', 'writing')]
        spans = [trim_real(text, table[a['content']['start']], table[a['content']['end']]) for a in shown]
        right = set()
        for g in d['attributions']:
            gs = span_of(text, g)
            best, bi = 0.0, None
            for i, sp in enumerate(spans):
                v = iou_real(gs, sp)
                if v > best:
                    best, bi = v, i
            if best >= 0.5:
                a = shown[bi]
                if names(g.get('source')) & (names(a.get('source')) | names((a.get('speaker') or {}).get('text'))):
                    right.add(bi)
        for i, a in enumerate(shown):
            yield d['id'], a, i in right


CALIBRATION_RS = 'src/attribution/learned_calibration.rs'
HEADER = '// @generated by scripts/train_attribution.py calibrate, from %s. Do not edit.'
# The remap's parts of the file. Empty: the identity, and PolNeAR's minimum at level 64 (the first
# level k / 255 at or above the engine's 0.25).
IDENTITY = """
// The shown confidence (scoring::reader_confidence): empty, the identity.
pub static READER: &[u8] = &[];
#[allow(dead_code)]
pub const READER_MIN: u8 = 64;
"""
EMPTY = HEADER % 'PolNeAR train' + """
// Empty: the engine reports raw cells until the script fills this table.

pub static CALIBRATION: &[(u16, u8)] = &[];
""" + IDENTITY
ENGINE_MIN_LEVEL = 64  # scoring::ENGINE_MIN = 0.25 = level 63.75


def sigmoid(z):
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def level_logit(k):
    """The log-odds of level k / 255 (the ends held half a level inside)."""
    return logit(min(max(k, 0.5), 254.5) / 255)


def features(k):
    x = level_logit(k)
    return (1.0, x, min(x - logit(KNOT), 0.0))


def fit_remap(points):
    """Weighted logistic regression (Newton) of right on features(level): points are (level, right
    in [0, 1], weight). Starts at the identity (0, 1, 0)."""
    w = [0.0, 1.0, 0.0]
    for _ in range(100):
        g = [0.0] * 3
        H = [[1e-6 if i == j else 0.0 for j in range(3)] for i in range(3)]
        for k, y, wt in points:
            x = features(k)
            p = sigmoid(sum(a * b for a, b in zip(w, x)))
            for i in range(3):
                g[i] += wt * (p - y) * x[i]
                for j in range(3):
                    H[i][j] += wt * p * (1 - p) * x[i] * x[j]
        # Solve H d = g (3x3, Gaussian elimination with pivoting).
        A = [H[i][:] + [g[i]] for i in range(3)]
        for i in range(3):
            piv = max(range(i, 3), key=lambda r: abs(A[r][i]))
            A[i], A[piv] = A[piv], A[i]
            for r in range(3):
                if r != i:
                    f = A[r][i] / A[i][i]
                    A[r] = [a - f * b for a, b in zip(A[r], A[i])]
        d = [A[i][3] / A[i][i] for i in range(3)]
        w = [a - b for a, b in zip(w, d)]
        if max(map(abs, d)) < 1e-10:
            break
    return w


def remap_table(w):
    """The 256 levels' remap, non-decreasing, with the levels under ENGINE_MIN_LEVEL strictly under
    the default minimum (READER[ENGINE_MIN_LEVEL])."""
    assert w[1] > 0 and w[1] + w[2] > 0, 'the fitted curve is not increasing: %r' % (w,)
    table = [round(255 * sigmoid(sum(a * b for a, b in zip(w, features(k))))) for k in range(256)]
    for k in range(1, 256):
        table[k] = max(table[k], table[k - 1])
    low = table[ENGINE_MIN_LEVEL - 1]
    for k in range(ENGINE_MIN_LEVEL, 256):
        table[k] = max(table[k], low + 1)
    return table


def ece(points, bins=10):
    """score_real.py's and score_quotes.py's ECE: 10 equal bins of confidence."""
    B = collections.defaultdict(list)
    for c, y in points:
        B[min(int(c * bins), bins - 1)].append((c, y))
    n = len(points)
    return sum(len(b) / n * abs(sum(c for c, _ in b) / len(b) - sum(y for _, y in b) / len(b)) for b in B.values())


def reliability(points, title):
    B = collections.defaultdict(list)
    for c, y in points:
        B[min(int(c * 10), 9)].append((c, y))
    print('%s: ECE %.3f over %d' % (title, ece(points), len(points)), file=sys.stderr)
    for b in sorted(B):
        v = B[b]
        print('  %.1f-%.1f  n=%4d  mean confidence %.3f  right %.3f' % (
            b / 10, (b + 1) / 10, len(v), sum(c for c, _ in v) / len(v), sum(y for _, y in v) / len(v)),
            file=sys.stderr)


def level(confidence):
    return int(round(confidence * 255))


def write_calibration(rows, prior, total, table=None, real_note=None):
    out = [HEADER % ('PolNeAR train and the English real articles' if table else 'PolNeAR train'),
           '// (feature cell, P(speaker and content right) * 255); cells are described in scoring.rs.',
           '// Overall rate on train: %.3f over %d predictions.' % (prior, total), '',
           'pub static CALIBRATION: &[(u16, u8)] = &[']
    for cell, r, cnt in rows:
        out.append('    (%d, %d), // n=%d' % (cell, r, cnt))
    out.append('    (999, %d), // unseen cells: the overall rate' % round(255 * prior))
    out.append('];')
    if table is None:
        text = '\n'.join(out) + '\n' + IDENTITY
    else:
        import textwrap
        out += ['', '// The shown confidence (scoring::reader_confidence): READER[k] / 255 for the engine level']
        out += ['// ' + line for line in textwrap.wrap('k / 255. ' + real_note, 96)]
        out.append('pub static READER: &[u8] = &[')
        for i in range(0, 256, 16):
            out.append('    ' + ' '.join('%d,' % v for v in table[i:i + 16]))
        out.append('];')
        out.append('/// The minimum PolNeAR is scored at: the remap of level %d, the lowest the engine\'s 0.25 kept' % ENGINE_MIN_LEVEL)
        out.append('/// (read by scripts/eval_attribution.py and the tests).')
        out.append('#[allow(dead_code)]')
        out.append('pub const READER_MIN: u8 = %d;' % table[ENGINE_MIN_LEVEL])
        text = '\n'.join(out) + '\n'
    open(CALIBRATION_RS, 'w').write(text)


def calibrate(path, binary, real=None):
    """Stage 1 (cells, from PolNeAR train) and, with the real articles, stage 2 (the remap); see the
    module's docstring. Rebuilds BINARY after each."""
    open(CALIBRATION_RS, 'w').write(EMPTY)
    subprocess.run(['cargo', 'build', '--release', '--quiet'], check=True)
    n, k = collections.Counter(), collections.Counter()
    # Every attribution, however unsure: the confidence carries the cell id here, not a probability.
    for a, right in outcomes(path, binary, 'train', ('--min-confidence', '0')):
        cell = int(round(a['confidence'] * 1000)) % 1000
        n[cell] += 1
        k[cell] += right
    prior = sum(k.values()) / max(1, sum(n.values()))
    rows = []
    for cell in sorted(n):
        # Shrink small cells towards the overall rate (a Beta prior of strength 10).
        rate = (k[cell] + 10 * prior) / (n[cell] + 10)
        rows.append((cell, round(255 * rate), n[cell]))
    write_calibration(rows, prior, sum(n.values()))
    print('%d cells, prior %.3f' % (len(rows), prior), file=sys.stderr)
    subprocess.run(['cargo', 'build', '--release', '--quiet'], check=True)
    if not real:
        return
    # Stage 2, on what the default minimum shows (the remap keeps it).
    real_pts = [(doc, level(a['confidence']), float(right)) for doc, a, right in outcomes_real(real, binary)]
    agg = collections.defaultdict(lambda: [0, 0])
    for a, right in outcomes(path, binary, 'train'):
        if a['cueClass'] in ('speech', 'writing'):
            agg[level(a['confidence'])][0] += 1
            agg[level(a['confidence'])][1] += right
    total = sum(c for c, _ in agg.values())
    polnear = [(lv, r / c, POLNEAR_WEIGHT * c / total) for lv, (c, r) in sorted(agg.items())]
    dev = [(level(a['confidence']), float(right)) for a, right in outcomes(path, binary, 'dev')]

    def fit(pts):
        return remap_table(fit_remap([(lv, y, 1.0) for _, lv, y in pts] + polnear))

    w = fit_remap([(lv, y, 1.0) for _, lv, y in real_pts] + polnear)
    table = remap_table(w)
    print('remap z = %.3f + %.3f x + %.3f min(x - logit(%.2f), 0); default minimum %d/255 = %.3f' % (
        w[0], w[1], w[2], KNOT, table[ENGINE_MIN_LEVEL], table[ENGINE_MIN_LEVEL] / 255), file=sys.stderr)
    reliability([(lv / 255, y) for _, lv, y in real_pts], 'real_dev en, shown, before (the engine rate)')
    reliability([(table[lv] / 255, y) for _, lv, y in real_pts], 'real_dev en, shown, after (in-sample)')
    # Cross-validated by article: each article's confidence from a remap fitted without it.
    import random
    arts = sorted({doc for doc, _, _ in real_pts})
    cv = []
    for seed in range(SEEDS):
        order = arts[:]
        random.Random(seed).shuffle(order)
        held = []
        for f in range(FOLDS):
            out = set(order[f::FOLDS])
            t = fit([p for p in real_pts if p[0] not in out])
            held += [(t[lv] / 255, y) for doc, lv, y in real_pts if doc in out]
        cv.append(ece(held))
        if seed == 0:
            reliability(held, 'real_dev en, shown, after (%d folds by article, held out)' % FOLDS)
    loo = []
    for doc in arts:
        t = fit([p for p in real_pts if p[0] != doc])
        loo += [(t[lv] / 255, y) for d, lv, y in real_pts if d == doc]
    # What sampling alone gives: right drawn with the in-sample confidence as its probability.
    rnd = random.Random(0)
    noise = sorted(ece([(table[lv] / 255, float(rnd.random() < table[lv] / 255)) for _, lv, _ in real_pts])
                   for _ in range(200))
    print('real_dev en ECE: before %.3f, in-sample %.3f, %d-fold CV by article %.3f (mean of %d splits, %.3f to %.3f), '
          'leave-one-article-out %.3f; a perfectly calibrated confidence would measure %.3f (median of 200 draws)' % (
              ece([(lv / 255, y) for _, lv, y in real_pts]), ece([(table[lv] / 255, y) for _, lv, y in real_pts]),
              FOLDS, sum(cv) / len(cv), SEEDS, min(cv), max(cv), ece(loo), noise[100]), file=sys.stderr)
    print('PolNeAR dev ECE (its own "right", every class shown): before %.3f, after %.3f' % (
        ece([(lv / 255, y) for lv, y in dev]), ece([(table[lv] / 255, y) for lv, y in dev])), file=sys.stderr)
    reliability([(table[lv] / 255, y) for lv, y in dev], 'PolNeAR dev, after')
    write_calibration(rows, prior, sum(n.values()), table,
                      'Fitted on %d shown statements of %d English real articles and PolNeAR train\'s statements '
                      '(weighing %d): z = %.3f + %.3f x + %.3f min(x - logit(%.2f), 0), x = logit(k / 255).' % (
                          len(real_pts), len(arts), POLNEAR_WEIGHT, w[0], w[1], w[2], KNOT))
    print('READER_MIN, the minimum PolNeAR is scored at: %d/255 (%.3f)' % (
          table[ENGINE_MIN_LEVEL], table[ENGINE_MIN_LEVEL] / 255), file=sys.stderr)
    subprocess.run(['cargo', 'build', '--release', '--quiet'], check=True)


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'cues':
        learn_cues(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == 'calibrate':
        calibrate(sys.argv[2], sys.argv[3], sys.argv[sys.argv.index('--real') + 1] if '--real' in sys.argv else None)
    else:
        sys.exit(__doc__)
