# Prints how many distinct seed words of 6+ letters the Swedish analysis splits, and a random sample
# of the splits (surface text of each part) to read for nonsense.
# Usage, from the repository root after a build: python3 bench/sample-splits.py <random-seed> <sample-size>
import re,glob,subprocess,random,collections,sys
words=set()
for f in glob.glob('seeds/*'):
    for w in re.findall(r'[^\W\d_]+', open(f,encoding='utf-8').read()):
        if len(w)>=6: words.add(w.lower())
words=sorted(words)
text=' '.join(words)
out=subprocess.run(['dotnet','src/SearchService.Indexer/bin/Debug/net10.0/SearchService.Indexer.dll','analyze',text],capture_output=True,text=True).stdout
parts=collections.defaultdict(list)
for line in out.splitlines():
    f=line.split()
    if f[0]=='text.parts':
        s,e=map(int,f[2].split('-'))
        parts[int(f[1])].append(text[s:e])
print(len(words),'distinct words of 6+ letters;',len(parts),'split')
random.seed(int(sys.argv[1]))
for pos,p in random.sample(sorted(parts.items()),int(sys.argv[2])): print(words[pos], '->', ' + '.join(p))
