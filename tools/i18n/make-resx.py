#!/usr/bin/env python3
"""Writes src/Oasis/Resources/SharedResource.resx (zh-CN, neutral) and SharedResource.en.resx
from strings.tsv and every other *.tsv here (one per module is fine). Run after editing; outputs are committed."""
import csv, glob, os, sys
from xml.sax.saxutils import escape
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, '..', '..', 'src', 'Oasis', 'Resources')
rows = []
for path in sorted(glob.glob(os.path.join(here, '*.tsv'))):
    rows += list(csv.DictReader(open(path, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
keys = [r['key'] for r in rows]
lower = [k.lower() for k in keys]
dups = {k for k in keys if lower.count(k.lower()) > 1}  # resource names compare case-insensitively
if dups: sys.exit(f'duplicate keys: {sorted(dups)}')
head = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
for col, name in (('zh-CN', 'SharedResource.resx'), ('en', 'SharedResource.en.resx')):
    with open(os.path.join(out, name), 'w', encoding='utf-8', newline='\n') as f:
        f.write(head)
        for r in sorted(rows, key=lambda r: r['key']):
            if not r[col]: sys.exit(f'{r["key"]} has no {col} text')
            f.write(f'  <data name="{escape(r["key"], {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(r[col])}</value></data>\n')
        f.write('</root>\n')
print(f'{len(rows)} strings written')
