#!/usr/bin/env python3
"""Writes the built-in air report templates (src/Oasis/Air/Reports/Templates/{daily,monthly,annual}.{docx,xlsx}).
They are plain starting points: the bureau edits them in Word/Excel (docs/air-reports.md) keeping the content-control
tags (Word) and the {{ }} placeholders (Excel). Run after changing this script; the outputs are committed."""
import os, zipfile
from xml.sax.saxutils import escape

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, '..', '..', 'src', 'Oasis', 'Air', 'Reports', 'Templates')
TITLES = {'daily': '环境空气质量日报', 'monthly': '环境空气质量月报', 'annual': '环境空气质量年报'}
HEAD = [('统计时段', 'period'), ('评价标准', 'edition'), ('数据状态', 'dataStatus'), ('沙尘', 'dust'), ('生成时间', 'generatedAt')]
DAY = [('AQI', 'aqi'), ('类别', 'category'), ('首要污染物', 'primary')]
FIGURES = [('有效天数', 'validDays'), ('优良天数', 'goodDays'), ('优良天数比率(%)', 'goodRatio'), ('重污染天数', 'heavyDays'),
           ('重污染天数比率(%)', 'heavyRatio'), ('PM2.5(μg/m³)', 'pm25'), ('PM10(μg/m³)', 'pm10'), ('SO2(μg/m³)', 'so2'),
           ('NO2(μg/m³)', 'no2'), ('CO 第95百分位数(mg/m³)', 'coP95'), ('O3 日最大8小时第90百分位数(μg/m³)', 'o3_8hP90'),
           ('综合指数', 'compositeIndex')]
DAYS = [('日期', 'date'), ('AQI', 'aqi'), ('类别', 'category'), ('首要污染物', 'primary'), ('PM2.5', 'pm25'), ('PM10', 'pm10'),
        ('SO2', 'so2'), ('NO2', 'no2'), ('CO', 'co'), ('O3_8h', 'o3_8h')]

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

def run(text, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

def sdt_run(tag):
    # An inline content control whose tag names the figure; its placeholder text shows the tag in the template.
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/></w:sdtPr>'
            f'<w:sdtContent>{run("[" + tag + "]")}</w:sdtContent></w:sdt>')

def para(*parts, style=None):
    ppr = f'<w:pPr><w:jc w:val="center"/></w:pPr>' if style == 'center' else ''
    return f'<w:p>{ppr}{"".join(parts)}</w:p>'

def cell(content):
    return f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{para(content)}</w:tc>'

def docx(kind, path):
    body = [para(sdt_run('title'), style='center')]
    body += [para(run(label + '：', True), sdt_run(tag)) for label, tag in HEAD]
    rows = (DAY if kind == 'daily' else []) + FIGURES
    border = ''.join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for b in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    table = (f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>{border}</w:tblBorders></w:tblPr>'
             '<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>'
             + ''.join(f'<w:tr>{cell(run(label))}{cell(sdt_run(tag))}</w:tr>' for label, tag in rows) + '</w:tbl>')
    body.append(table)
    body.append(para(run('逐日数据', True)))
    # A block content control: Oasis replaces its content with the table of days.
    body.append(f'<w:sdt><w:sdtPr><w:alias w:val="days"/><w:tag w:val="days"/></w:sdtPr><w:sdtContent>{para(run("[days]"))}</w:sdtContent></w:sdt>')
    body.append(para(run('注：评价依据 HJ 633、GB 3095 与 HJ 663；比率按 GB/T 8170 修约。')))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
                + ''.join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/document.xml', document)

def col(i):
    return 'ABCDEFGHIJ'[i]

def xlsx(kind, path):
    strings, rows = [], []
    def s(text):
        if text not in strings:
            strings.append(text)
        return strings.index(text)
    def row(r, values):
        cells = ''.join(f'<c r="{col(i)}{r}" t="s"><v>{s(v)}</v></c>' for i, v in enumerate(values) if v is not None)
        rows.append(f'<row r="{r}">{cells}</row>')
    r = 1
    row(r, ['{{title}}'])
    for label, tag in HEAD:
        r += 1
        row(r, [label, '{{' + tag + '}}'])
    r += 1
    for label, tag in (DAY if kind == 'daily' else []) + FIGURES:
        r += 1
        row(r, [label, '{{' + tag + '}}'])
    r += 2
    row(r, [label for label, _ in DAYS])
    r += 1
    row(r, ['{{days.' + tag + '}}' for _, tag in DAYS])
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<cols><col min="1" max="1" width="36" customWidth="1"/><col min="2" max="10" width="14" customWidth="1"/></cols>'
             '<sheetData>' + ''.join(rows) + '</sheetData></worksheet>')
    shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              f'count="{len(strings)}" uniqueCount="{len(strings)}">' + ''.join(f'<si><t xml:space="preserve">{escape(t)}</t></si>' for t in strings) + '</sst>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="' + TITLES[kind] + '" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr('xl/worksheets/sheet1.xml', sheet)
        z.writestr('xl/sharedStrings.xml', shared)

for kind in TITLES:
    docx(kind, os.path.join(out, kind + '.docx'))
    xlsx(kind, os.path.join(out, kind + '.xlsx'))
print('6 templates written')
