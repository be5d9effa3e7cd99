#!/usr/bin/env python3
"""Writes the built-in air report templates (src/Oasis/Air/Reports/Templates/{daily,monthly,annual}.{docx,xlsx}).
They are plain starting points: the bureau edits them in Word/Excel (docs/air-reports.md) keeping the content-control
tags (Word) and the {{ }} placeholders (Excel). Run after changing this script; the outputs are committed."""
import os
from ooxml import Sheet, label_table, para, run, sdt_block, sdt_run, write_docx, write_xlsx

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, '..', '..', 'src', 'Oasis', 'Air', 'Reports', 'Templates')
TITLES = {'daily': '环境空气质量日报', 'monthly': '环境空气质量月报', 'annual': '环境空气质量年报'}
HEAD = [('评价对象', 'station'), ('统计时段', 'period'), ('评价标准', 'edition'), ('数据状态', 'dataStatus'), ('沙尘', 'dust'), ('生成时间', 'generatedAt')]
DAY = [('AQI', 'aqi'), ('类别', 'category'), ('首要污染物', 'primary')]
FIGURES = [('有效天数', 'validDays'), ('优良天数', 'goodDays'), ('优良天数比率(%)', 'goodRatio'), ('重污染天数', 'heavyDays'),
           ('重污染天数比率(%)', 'heavyRatio'), ('PM2.5(μg/m³)', 'pm25'), ('PM10(μg/m³)', 'pm10'), ('SO2(μg/m³)', 'so2'),
           ('NO2(μg/m³)', 'no2'), ('CO 第95百分位数(mg/m³)', 'coP95'), ('O3 日最大8小时第90百分位数(μg/m³)', 'o3_8hP90'),
           ('综合指数', 'compositeIndex')]
DAYS = [('日期', 'date'), ('AQI', 'aqi'), ('类别', 'category'), ('首要污染物', 'primary'), ('PM2.5', 'pm25'), ('PM10', 'pm10'),
        ('SO2', 'so2'), ('NO2', 'no2'), ('CO', 'co'), ('O3_8h', 'o3_8h')]


def docx(kind, path):
    body = [para(sdt_run('title'), style='center')]
    body += [para(run(label + '：', True), sdt_run(tag)) for label, tag in HEAD]
    body.append(label_table((DAY if kind == 'daily' else []) + FIGURES))
    body.append(para(run('逐日数据', True)))
    body.append(sdt_block('days'))
    body.append(para(run('注：评价依据 HJ 633、GB 3095 与 HJ 663；比率按 GB/T 8170 修约。')))
    write_docx(path, body)


def xlsx(kind, path):
    sheet = Sheet(TITLES[kind])
    sheet.row(['{{title}}'])
    for label, tag in HEAD:
        sheet.row([label, '{{' + tag + '}}'])
    sheet.r += 1
    for label, tag in (DAY if kind == 'daily' else []) + FIGURES:
        sheet.row([label, '{{' + tag + '}}'])
    sheet.row([label for label, _ in DAYS], skip=2)
    sheet.row(['{{days.' + tag + '}}' for _, tag in DAYS])
    write_xlsx(path, [sheet])


for kind in TITLES:
    docx(kind, os.path.join(out, kind + '.docx'))
    xlsx(kind, os.path.join(out, kind + '.xlsx'))
print('6 templates written')
