"""CPU time of every stage after the tokenizer, on corpus/*.txt (issue 8).

    .venv/bin/python benchmarks/stages.py            # the table (from the repository root)
    .venv/bin/python benchmarks/stages.py tottime    # the table, then a cProfile sorted by tottime
    .venv/bin/python benchmarks/stages.py cumtime    # … or by cumtime (any pstats sort key)

The tokenizer runs once over the corpus (not timed). Then each text goes through repairs, Document
construction, the spaCy Doc, each extractor in pipeline order and the record's JSON, and each
stage's process time is summed over the corpus. The corpus is run twice and the second run is
reported, so process-wide caches (lemmas, compiled patterns, Matchers) are warm; a first run
on unseen text pays some more. The last line gives characters per CPU-second for all these
stages together. The machine is shared: run it twice and compare the better run.
"""
import time, glob, cProfile, pstats, sys
from lvextract.reading import decode
from lvextract import segmentation as seg, pipeline
from lvextract.repairs import repair
from lvextract.document import Document
texts=[decode(open(p,'rb').read())[0] for p in sorted(glob.glob('corpus/*.txt'))]
texts=[t for t in texts if t]
n=sum(map(len,texts))
raws=seg.stanza_sentences_batch(texts)
def stage():
    tm={}
    def tick(k,t0): tm[k]=tm.get(k,0)+time.process_time()-t0
    for text,raw in zip(texts,raws):
        t0=time.process_time(); r=repair(text,raw); tick('repairs',t0)
        t0=time.process_time(); d=Document.from_offsets(text,r); tick('document',t0)
        t0=time.process_time(); d.spacy; tick('spacy',t0)
        rec=pipeline.empty_record(type('D',(),{'source':type('S',(),{'doc_id':'x','name':'x'})(),'sha256':'0'*64})())
        for name,ex in pipeline.EXTRACTORS:
            t0=time.process_time(); ex(d,rec); tick(name,t0)
        t0=time.process_time(); rec.model_dump_json(); tick('json',t0)
    return tm
stage()
tm=stage(); tot=sum(tm.values())
for k,v in sorted(tm.items(),key=lambda x:-x[1]): print(f'{k:15s} {v:.3f} {v/tot:.0%}')
print('total',tot,'chars',n,'chars/cpu-s',n/tot)
if len(sys.argv)>1:
    pr=cProfile.Profile(); pr.enable(); stage(); pr.disable(); pstats.Stats(pr).sort_stats(sys.argv[1]).print_stats(40)
