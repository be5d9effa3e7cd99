"""Minimal WordprocessingML and SpreadsheetML writers for the built-in report templates (air and water).
Word content controls carry a tag that names the figure; Excel cells carry MiniExcel {{ }} placeholders."""
import zipfile
from xml.sax.saxutils import escape

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
RELS = 'http://schemas.openxmlformats.org/package/2006/relationships'
DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'


def run(text, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def sdt_run(tag):
    # An inline content control whose tag names the figure; its placeholder text shows the tag in the template.
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/></w:sdtPr>'
            f'<w:sdtContent>{run("[" + tag + "]")}</w:sdtContent></w:sdt>')


def sdt_block(tag):
    # A block content control: Oasis replaces its content with the table of that name.
    return f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/></w:sdtPr><w:sdtContent>{para(run("[" + tag + "]"))}</w:sdtContent></w:sdt>'


def para(*parts, style=None):
    ppr = f'<w:pPr><w:jc w:val="center"/></w:pPr>' if style == 'center' else ''
    return f'<w:p>{ppr}{"".join(parts)}</w:p>'


def cell(content):
    return f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{para(content)}</w:tc>'


def label_table(rows):
    """A two-column table: the label, then a content control for the figure."""
    border = ''.join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for b in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>{border}</w:tblBorders></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>'
            + ''.join(f'<w:tr>{cell(run(label))}{cell(sdt_run(tag))}</w:tr>' for label, tag in rows) + '</w:tbl>')


def write_docx(path, body):
    document = (f'{XML}<w:document xmlns:w="{W}"><w:body>'
                + ''.join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', f'{XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr('_rels/.rels', f'{XML}<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/document.xml', document)


def col(i):
    return 'ABCDEFGHIJKLMNOP'[i]


class Sheet:
    """Rows of cells (text or None); every cell is a shared string, so {{ }} placeholders stay as written."""

    def __init__(self, name, widths='<col min="1" max="1" width="36" customWidth="1"/><col min="2" max="10" width="14" customWidth="1"/>'):
        self.name, self.widths, self.rows, self.r = name, widths, [], 0

    def row(self, values, skip=1):
        self.r += skip
        self.rows.append((self.r, values))


def write_xlsx(path, sheets):
    strings = []

    def s(text):
        if text not in strings:
            strings.append(text)
        return strings.index(text)

    xml_sheets = []
    for sheet in sheets:
        rows = []
        for r, values in sheet.rows:
            cells = ''.join(f'<c r="{col(i)}{r}" t="s"><v>{s(v)}</v></c>' for i, v in enumerate(values) if v is not None)
            rows.append(f'<row r="{r}">{cells}</row>')
        xml_sheets.append(f'{XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                          f'<cols>{sheet.widths}</cols><sheetData>' + ''.join(rows) + '</sheetData></worksheet>')
    shared = (f'{XML}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              f'count="{len(strings)}" uniqueCount="{len(strings)}">' + ''.join(f'<si><t xml:space="preserve">{escape(t)}</t></si>' for t in strings) + '</sst>')
    n = len(sheets)
    overrides = ''.join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', f'{XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{overrides}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr('_rels/.rels', f'{XML}<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr('xl/workbook.xml', f'{XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{DOC_REL}"><sheets>'
                   + ''.join(f'<sheet name="{escape(sh.name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, sh in enumerate(sheets)) + '</sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels', f'{XML}<Relationships xmlns="{RELS}">'
                   + ''.join(f'<Relationship Id="rId{i + 1}" Type="{DOC_REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
                   + f'<Relationship Id="rId{n + 1}" Type="{DOC_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        for i, xml in enumerate(xml_sheets):
            z.writestr(f'xl/worksheets/sheet{i + 1}.xml', xml)
        z.writestr('xl/sharedStrings.xml', shared)
