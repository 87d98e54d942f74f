#!/usr/bin/env python3
"""Writes the small typeset PDFs of Tests/KamervragenKitTests/Fixtures/forms/ by hand
(no PDF library): Helvetica in the Tweede Kamer house style's sizes (body 7.8 pt, notes
6.3 pt, markers 4.1 pt, the running foot 8.3 pt, the text column at x = 221), so
pdftotext -bbox-layout reads them as it reads the published Aanhangsel.

    python3 scripts/make-form-pdfs.py      # rewrites the fixtures

table-after-note.pdf (issue 11): an answer's table set in note-sized type on a page whose
foot holds a note cited by an earlier question, with the note's number printed apart
(as pdftotext reads the house style), and that note's URL wrapping its last parts
(`%20provincies`, `%202022.pdf).`) onto lines of their own.
"""
import os

BODY, NOTE, MARKER, FOOT = 7.8, 6.3, 4.1, 8.3
PITCH = 9.6
X = 221
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'Tests', 'KamervragenKitTests', 'Fixtures', 'forms')


def escaped(text):
    b = text.encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def write_pdf(path, pages, height=842):
    """pages: lists of (x, y from the top, size, text)."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    font = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    pages_id = len(objects) + 1 + 2 * len(pages)
    kids = []
    for items in pages:
        stream = b''.join(b'BT /F1 %g Tf %g %g Td (' % (size, x, height - y) + escaped(text) + b') Tj ET\n'
                          for x, y, size, text in items)
        content = add(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'endstream')
        kids.append(add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 %d] /Resources << /Font << /F1 %d 0 R >> >> '
                        b'/Contents %d 0 R >>' % (pages_id, height, font, content)))
    assert add(b'<< /Type /Pages /Kids [%s] /Count %d >>'
               % (b' '.join(b'%d 0 R' % k for k in kids), len(kids))) == pages_id
    catalog = add(b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id)
    out = b'%PDF-1.4\n'
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % number + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    out += b''.join(b'%010d 00000 n \n' % offset for offset in offsets)
    out += b'trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, catalog, xref)
    with open(path, 'wb') as f:
        f.write(out)


def table_after_note():
    page = []
    y = 120

    def body(text, gap=0):
        nonlocal y
        y += gap
        page.append((X, y, BODY, text))
        y += PITCH

    page.append((X, 60, 20, 'Tweede Kamer der Staten-Generaal'))
    page.append((X, 85, 8, 'Vergaderjaar 2024–2025'))
    page.append((X, 96, 8, 'Aanhangsel van de Handelingen'))
    body('Vragen van het lid Visser (BBB) aan de Minister van Volkshuisvesting en', 10)
    body('Ruimtelijke Ordening over de woningbouw in de provincies (ingezonden')
    body('3 februari 2025).')
    body('Antwoord van Minister Keijzer (Volkshuisvesting en Ruimtelijke Ordening)', 6)
    body('(ontvangen 10 maart 2025).')
    body('Vraag 1', 10)
    body('Kent u het rapport over de woningbouw in de provincies in 2022?')
    # The marker, raised, right after the question mark (the line ends at x 445.6).
    page.append((445.9, y - PITCH - 2.4, MARKER, '1'))
    body('Antwoord 1', 10)
    body('Ja.')
    body('Vraag 2', 10)
    body('Hoeveel woningen zijn er in 2023 en 2024 per provincie opgeleverd?')
    body('Antwoord 2', 10)
    body('De aantallen staan in de tabel hieronder.')
    y += 6
    for row in [('Provincie', '2023', '2024'), ('Utrecht', '9.120', '9.870'), ('Gelderland', '11.340', '12.015'),
                ('Flevoland', '3.480', '3.910'), ('Totaal', '23.940', '25.795')]:
        page.append((X, y, NOTE, row[0]))
        page.append((X + 90, y, NOTE, row[1]))
        page.append((X + 140, y, NOTE, row[2]))
        y += 8.2
    body('Het aantal opgeleverde woningen steeg in alle drie de provincies.', 6)
    page.append((X, 666, MARKER, '1'))
    page.append((X + 6, 668, NOTE, 'CBS, Woningbouw in de provincies 2022 '
                 '(https://www.cbs.nl/-/media/pdf/2023/woningbouw%20in%20de'))
    page.append((X + 6, 677.6, NOTE, '%20provincies'))
    page.append((X + 6, 687.2, NOTE, '%202022.pdf).'))
    page.append((55, 760, 5.4, 'ah-tk-20242025-9007'))
    page.append((55, 766, 5.4, 'ISSN 0921 - 7398'))
    page.append((55, 772, 5.4, '’s-Gravenhage 2025'))
    page.append((X, 772, FOOT, 'Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel'))
    page.append((535, 772, FOOT, '1'))
    write_pdf(os.path.join(OUT, 'table-after-note.pdf'), [page])


if __name__ == '__main__':
    table_after_note()
