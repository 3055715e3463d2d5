#!/usr/bin/env python3
"""Score the attribution engine on PolNeAR train or dev and show its errors by class.

usage: eval_attribution.py BINARY [--split dev|train] [--show CLASS] [--seed N]

BINARY is `quotelens` (run as `BINARY analyze --jsonl`). Prints score_quotes.py's numbers, then
counts of predictions (tp, spk_wrong, fp_partial = overlaps a gold content below IoU 0.5, fp_none)
and of missed gold contents (fn_partial, fn_none) by kind and cue class. --show CLASS prints 25
random examples of one class (p_tp, p_spk_wrong, p_fp_partial, p_fp_none, g_fn_partial, g_fn_none).
Reads only the train and dev splits: the test split is a measurement set.
"""
import collections
import json
import os
import random
import re
import subprocess
import sys

EVAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval')
sys.path.insert(0, EVAL)
from score_quotes import iou, match, speaker_ok, trim, utf16_to_cp  # noqa: E402

GOLD = os.path.join(EVAL, 'quotes_polnear.jsonl')


def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def polnear_minimum():
    """The minimum PolNeAR is scored at: the engine's 0.25 (chosen on PolNeAR's own scale) as the
    confidence shown writes it, READER_MIN / 255 in learned_calibration.rs. The default minimum is
    0.25 on the shown scale, a reader's count, which is stricter than PolNeAR's."""
    rs = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'attribution',
                      'learned_calibration.rs')
    level = re.search(r'pub const READER_MIN: u8 = (\d+);', open(rs, encoding='utf-8').read())
    return repr(int(level.group(1)) / 255)


def main():
    binary, split = sys.argv[1], arg('--split', 'dev')
    if split not in ('train', 'dev'):
        sys.exit('only train and dev: test is a measurement set')
    docs = [json.loads(l) for l in open(GOLD, encoding='utf-8')]
    docs = [d for d in docs if d.get('split') == split]
    inp = ''.join(json.dumps({'id': d['id'], 'text': d['text'], 'lang': 'en'}) + '\n' for d in docs)
    out = subprocess.run([binary, 'analyze', '--jsonl', '--min-confidence', polnear_minimum(), '-'],
                         input=inp, capture_output=True, text=True, check=True).stdout
    # Beside the binary, so that runs of different builds never overwrite each other.
    pred_path = os.path.join(os.path.dirname(os.path.abspath(binary)), f'{split}.pred.jsonl')
    with open(pred_path, 'w', encoding='utf-8') as f:
        f.write(out)
    subprocess.run([sys.executable, os.path.join(EVAL, 'score_quotes.py'), GOLD, pred_path, '--split', split], check=True)
    preds = {json.loads(l)['id']: json.loads(l)['analysis'] for l in out.splitlines() if l.strip()}
    counts, by_class, examples = collections.Counter(), collections.defaultdict(collections.Counter), collections.defaultdict(list)
    for g in docs:
        text, table = g['text'], utf16_to_cp(g['text'])
        P, Ps = [], []
        for a in preds[g['id']]['attributions']:
            sp = a.get('speaker')
            if sp:
                sp = dict(sp, start=table.get(sp['start']), end=table.get(sp['end']))
            P.append(dict(a, speaker=sp))
            Ps.append(trim(text, table[a['content']['start']], table[a['content']['end']]))
        G = g['quotes']
        Gs = [trim(text, q['start'], q['end']) for q in G]
        m = match(Gs, Ps, 0.5)
        for pi, a in enumerate(P):
            if pi in m:
                cls = 'p_tp' if speaker_ok(text, a, G[m[pi]]) else 'p_spk_wrong'
            else:
                cls = 'p_fp_partial' if any(iou(Ps[pi], x) > 0 for x in Gs) else 'p_fp_none'
            counts[cls] += 1
            by_class[(a['kind'], (a.get('cueClass') or a.get('cue_class')))][cls] += 1
            near = [(G[i].get('speaker'), G[i].get('cue'), text[Gs[i][0]:Gs[i][1]][:160]) for i in range(len(G)) if iou(Ps[pi], Gs[i]) > 0][:1]
            examples[cls].append(dict(doc=g['id'], pred=text[Ps[pi][0]:Ps[pi][1]][:160],
                                      speaker=(a.get('speaker') or {}).get('text'),
                                      cue=(a.get('cue') or {}).get('text'), gold=near))
        matched = set(m.values())
        for gi, q in enumerate(G):
            if gi in matched:
                continue
            cls = 'g_fn_partial' if any(iou(Gs[gi], x) > 0 for x in Ps) else 'g_fn_none'
            counts[f'{cls}_{q["kind"]}'] += 1
            examples[cls].append(dict(doc=g['id'], gold=text[Gs[gi][0]:Gs[gi][1]][:160],
                                      speaker=q.get('speaker'), cue=q.get('cue')))
    print(dict(sorted(counts.items())))
    for key, c in sorted(by_class.items()):
        print(' ', key, dict(sorted(c.items())))
    show = arg('--show', None)
    if show:
        random.seed(int(arg('--seed', '1')))
        for ex in random.sample(examples[show], min(25, len(examples[show]))):
            print(json.dumps(ex, ensure_ascii=False))


if __name__ == '__main__':
    main()
