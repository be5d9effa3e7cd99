#!/usr/bin/env python3
"""Writes the built-in water report templates (src/Oasis/Water/Reports/Templates/{monthly,annual}.{docx,xlsx}).
Plain starting points the bureau edits in Word/Excel (docs/water-reports.md), keeping the content-control tags (Word)
and the {{ }} placeholders (Excel). Run after changing this script; the outputs are committed."""
import os
from ooxml import Sheet, label_table, para, run, sdt_block, sdt_run, write_docx, write_xlsx

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, '..', '..', 'src', 'Oasis', 'Water', 'Reports', 'Templates')
TITLES = {'monthly': '地表水环境质量月报', 'annual': '地表水环境质量年报'}
HEAD = [('统计时段', 'period'), ('评价方法', 'method'), ('数据基础', 'dataBasis'), ('生成时间', 'generatedAt')]
FIGURES = [('有评价结果的断面数', 'sectionCount'), ('Ⅰ–Ⅲ类断面数', 'iiiOrBetterCount'), ('劣Ⅴ类断面数', 'worseThanVCount'),
           ('考核河流断面Ⅰ–Ⅲ类比例(%)（年度）', 'riverIIIOrBetterShare'), ('考核河流断面劣Ⅴ类比例(%)（年度）', 'riverWorseThanVShare'),
           ('考核湖库断面Ⅰ–Ⅲ类比例(%)（年度）', 'lakeIIIOrBetterShare'), ('考核湖库断面劣Ⅴ类比例(%)（年度）', 'lakeWorseThanVShare'),
           ('地表水饮用水水源地达标比例(%)（年度）', 'sourcesCompliantShare'), ('检出限高于限值的未检出数据(个)', 'detectionLimitWarnings')]
TABLES = [
    ('sections', '断面水质', [('断面编码', 'code'), ('断面名称', 'name'), ('所属水体', 'waterBody'), ('控制级别', 'level'), ('水质目标', 'target'),
                              ('水质类别', 'class'), ('水质状况', 'status'), ('是否达标', 'meetsTarget'), ('超Ⅲ类指标（超标倍数）', 'exceeding'),
                              ('主要污染指标', 'mainPollutants'), ('样品数', 'samples')]),
    ('rivers', '河流（湖库）水质状况', [('河流（湖库）', 'name'), ('断面数', 'sections'), ('水质状况', 'status'), ('Ⅰ–Ⅲ类比例(%)', 'iiiOrBetter'),
                                     ('劣Ⅴ类比例(%)', 'worseThanV'), ('均值类别（不足5个断面）', 'meanClass')]),
    ('sources', '饮用水水源地', [('水源地', 'name'), ('类型', 'kind'), ('样品数', 'samples'), ('是否达标', 'compliant'), ('超标项目', 'failures')]),
]
NOTE = ('注：水质类别按 GB 3838-2002 表1 与《地表水环境质量评价办法（试行）》（环办〔2011〕22号）单因子评价；'
        '黑臭水体分级与地下水（GB/T 14848-2017）评价尚未实现，不在本报告中。')


def docx(kind, path):
    body = [para(sdt_run('title'), style='center')]
    body += [para(run(label + '：', True), sdt_run(tag)) for label, tag in HEAD]
    body.append(para(run('概况：', True), sdt_run('summary')))
    body.append(label_table(FIGURES))
    for tag, heading, _ in TABLES:
        body.append(para(run(heading, True)))
        body.append(sdt_block(tag))
    body.append(para(run(NOTE)))
    write_docx(path, body)


def xlsx(kind, path):
    summary = Sheet(TITLES[kind])
    summary.row(['{{title}}'])
    for label, tag in HEAD + [('概况', 'summary')]:
        summary.row([label, '{{' + tag + '}}'])
    summary.r += 1
    for label, tag in FIGURES:
        summary.row([label, '{{' + tag + '}}'])
    summary.row([NOTE], skip=2)
    sheets = [summary]
    for tag, heading, columns in TABLES:
        sheet = Sheet(heading, '<col min="1" max="11" width="16" customWidth="1"/>')
        sheet.row(['{{title}}'])
        sheet.row([label for label, _ in columns], skip=2)
        sheet.row(['{{' + tag + '.' + key + '}}' for _, key in columns])
        sheets.append(sheet)
    write_xlsx(path, sheets)


for kind in TITLES:
    docx(kind, os.path.join(out, kind + '.docx'))
    xlsx(kind, os.path.join(out, kind + '.xlsx'))
print('4 templates written')
