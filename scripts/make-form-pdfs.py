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

numbered-run.pdf (issue 11): questions numbered `1.`, `2.` … in a run, several sharing one
answer (`Antwoord vraag 4-7:` at the top of a page), numbered lists inside a question and
inside an answer, a question that crosses a page break, page-foot notes and the running
foot with its page number between the questions.

note-across-pages.pdf (issue 11): a long note that does not fit at page 1's foot and goes
on at page 2's foot, before that page's own note.

Beside each PDF the same document in the text forms the parser reads: `.pdftotext.txt`
(plain `pdftotext`, pages ending in a form feed) and `.pypdf.txt` (pypdf's
`extract_text()`, the pages joined by a form feed as in the corpus). Needs pdftotext
(poppler-utils) and pypdf (`pip install pypdf`), whose Helvetica metrics wrap the lines.
"""
import os
import re
import subprocess

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


def width(text, size):
    from pypdf._codecs.core_font_metrics import CORE_FONT_METRICS
    metrics = CORE_FONT_METRICS['Helvetica'].character_widths
    return sum(metrics.get(c, metrics['default']) for c in text) * size / 1000


class Layout:
    """Pages in the house style: body text wrapped at the column's width, `^N` after a
    word a raised note marker, the notes cited on a page set at its foot (a note may be
    split, its last lines going on at the next page's foot), the running foot and page
    number on every page and the id block on the first."""
    COLUMN = 300
    NOTE_PITCH = 8.2
    NOTES_END = 700

    def __init__(self, notes, split=None):
        self.notes = notes            # number -> text
        self.split = split or {}      # number -> lines kept on the page citing it
        self.pages = []
        self.page = []
        self.cited = []
        self.carried = []
        self.y = 120

    def masthead(self, aanhangsel, header):
        self.page.append((X, 60, 20, 'Tweede Kamer der Staten-Generaal'))
        self.page.append((X - 40, 60, 20, '2'))
        self.page.append((X, 85, 8, 'Vergaderjaar 2024–2025'))
        self.page.append((X, 96, 8, 'Aanhangsel van de Handelingen'))
        self.page.append((X, 106, 8, 'Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden'))
        self.aanhangsel = aanhangsel
        self.page.append((55, 120, 20, aanhangsel))
        self.y = 140
        for text in header:
            self.paragraph(text, gap=6)

    def wrap(self, text, size, column):
        lines, line = [], []
        for word in text.split(' '):
            trial = ' '.join(line + [word])
            if line and width(re.sub(r'\^\d+', '', trial), size) > column:
                lines.append(' '.join(line))
                line = [word]
            else:
                line.append(word)
        lines.append(' '.join(line))
        return lines

    def paragraph(self, text, gap=0, break_after=None):
        """Body text; `break_after` lines into it the page ends (a paragraph the page
        foot cuts in two)."""
        self.y += gap
        for k, line in enumerate(self.wrap(text, BODY, self.COLUMN)):
            if break_after is not None and k == break_after:
                self.new_page()
            x = X
            for part in re.split(r'(\^\d+)', line):
                if part.startswith('^'):
                    number = part[1:]
                    self.page.append((x, self.y - 2.4, MARKER, number))
                    x += width(number, MARKER)
                    self.cited.append(number)
                elif part:
                    self.page.append((x, self.y, BODY, part))
                    x += width(part, BODY)
            self.y += PITCH

    def foot(self):
        """The page's notes, bottom-aligned above the id block: the lines carried over
        from the last page first, then each note cited here."""
        blocks = [(None, self.carried)] if self.carried else []
        self.carried = []
        for number in self.cited:
            lines = self.wrap(self.notes[number], NOTE, self.COLUMN - 6)
            keep = self.split.get(number, len(lines))
            blocks.append((number, lines[:keep]))
            self.carried = lines[keep:]
        self.cited = []
        y = self.NOTES_END - self.NOTE_PITCH * sum(len(lines) for _, lines in blocks)
        for number, lines in blocks:
            if number:
                self.page.append((X, y - 2, MARKER, number))
            for line in lines:
                self.page.append((X + 6, y, NOTE, line))
                y += self.NOTE_PITCH
        if not self.pages:
            self.page.append((55, 760, 5.4, 'ah-tk-20242025-' + self.aanhangsel))
            self.page.append((55, 766, 5.4, 'ISSN 0921 - 7398'))
            self.page.append((55, 772, 5.4, '’s-Gravenhage 2025'))
        self.page.append((X, 772, FOOT, 'Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel'))
        self.page.append((535, 772, FOOT, str(len(self.pages) + 1)))

    def new_page(self):
        self.foot()
        self.pages.append(self.page)
        self.page = []
        self.y = 70

    def write(self, name):
        self.foot()
        self.pages.append(self.page)
        pdf = os.path.join(OUT, name + '.pdf')
        write_pdf(pdf, self.pages)
        text = subprocess.run(['pdftotext', '-enc', 'UTF-8', pdf, '-'], check=True, capture_output=True).stdout
        with open(os.path.join(OUT, name + '.pdftotext.txt'), 'wb') as f:
            f.write(text)
        import pypdf
        pages = [page.extract_text() for page in pypdf.PdfReader(pdf).pages]
        with open(os.path.join(OUT, name + '.pypdf.txt'), 'w', encoding='utf-8') as f:
            f.write('\f'.join(pages))


HEADER = ['Vragen van het lid Bamenga (D66) aan de Minister van Infrastructuur en Waterstaat over de staat van '
          'sluizen en bruggen (ingezonden 3 februari 2025).',
          'Antwoord van Minister Madlener (Infrastructuur en Waterstaat) (ontvangen 3 maart 2025).']


def numbered_run():
    page = Layout({'1': 'NOS, 2 februari 2025, «Honderden sluizen en bruggen in slechte staat» '
                        '(https://nos.nl/artikel/2555001-sluizen-en-bruggen).',
                   '2': 'Kamerstuk 29 385, nr. 121.',
                   '3': 'Rijkswaterstaat, Staat van de infrastructuur 2024.'})
    page.masthead('9008', HEADER)
    page.paragraph('1. Bent u bekend met:', gap=10)
    page.paragraph('1. het bericht «Honderden sluizen en bruggen in slechte staat»;^1')
    page.paragraph('2. de brief van de provincie Gelderland over de sluis bij Weurt?')
    page.paragraph('Antwoord vraag 1:', gap=10)
    page.paragraph('Ja.')
    page.paragraph('2. Hoeveel sluizen in beheer van Rijkswaterstaat zijn ouder dan vijftig jaar?', gap=10)
    page.paragraph('3. Welke daarvan moeten binnen vijf jaar worden vervangen?')
    page.paragraph('Antwoord vraag 2-3:', gap=10)
    page.paragraph('Van de 140 sluizen zijn er 92 ouder dan vijftig jaar. Voor de komende vijf jaar staan de '
                   'volgende vervangingen gepland:')
    page.paragraph('1. de sluis bij Eefde;')
    page.paragraph('2. het sluizencomplex bij Terneuzen;')
    page.paragraph('3. de Prinses Beatrixsluis;')
    page.paragraph('4. de sluis bij Weurt.')
    page.paragraph('4. Wat kost het achterstallig onderhoud aan sluizen en bruggen, en hoe verhoudt dat bedrag '
                   'zich tot de raming in de laatste Staat van de infrastructuur?^2', gap=10)
    page.paragraph('5. Hoe wordt dat bedrag gedekt in de begroting van het Mobiliteitsfonds, en welke projecten '
                   'worden daarvoor uitgesteld of geschrapt als de middelen niet toereikend blijken?', break_after=1)
    page.paragraph('6. Kunt u een overzicht geven per provincie?')
    page.paragraph('7. Bent u bereid de Kamer jaarlijks over de voortgang te informeren?')
    page.new_page()
    page.paragraph('Antwoord vraag 4-7:')
    page.paragraph('Het achterstallig onderhoud wordt geraamd op 1,2 miljard euro.^3 Het kabinet neemt de volgende '
                   'maatregelen:')
    page.paragraph('1. een meerjarenplan voor alle sluizen en bruggen;')
    page.paragraph('2. extra middelen uit het Mobiliteitsfonds;')
    page.paragraph('3. een jaarlijkse voortgangsbrief met een overzicht per provincie.')
    page.paragraph('8. Wanneer ontvangt de Kamer de eerste voortgangsbrief?', gap=10)
    page.paragraph('Antwoord vraag 8:', gap=10)
    page.paragraph('Voor de zomer van 2025.')
    page.paragraph('9. Welke bruggen zijn vanwege hun staat voor zwaar verkeer gesloten?', gap=10)
    page.paragraph('10. Hoe lang duren die afsluitingen naar verwachting?', gap=10)
    page.paragraph('11. Wat betekent dat voor het vrachtverkeer in de regio?', gap=10)
    page.paragraph('Antwoord vraag 9-11:', gap=10)
    page.paragraph('Op dit moment zijn drie bruggen voor zwaar verkeer gesloten. De afsluitingen duren naar '
                   'verwachting tot eind 2026; er zijn omleidingen ingesteld.')
    page.write('numbered-run')


def note_across_pages():
    page = Layout({'1': 'Zie de brief van 14 november 2024 over de uitvoering van de motie-Grinwis c.s. over de '
                        'bereikbaarheid van de Waddeneilanden (Kamerstuk 31 409, nr. 455), de brief van 3 december '
                        '2024 over de dienstregeling van de veerdiensten (Kamerstuk 31 409, nr. 460) en het verslag '
                        'van het commissiedebat Scheepvaart van 22 januari 2025 (Kamerstuk 31 409, nr. 466).',
                   '2': 'Rijkswaterstaat, Vaargeulen Waddenzee, jaarrapport 2024 (https://www.rijkswaterstaat.nl/'
                        'water/vaarwegen/vaargeulen-waddenzee).'},
                  split={'1': 2})
    page.masthead('9009', HEADER)
    page.paragraph('Vraag 1', gap=10)
    page.paragraph('Welke afspraken zijn er sinds de vorige vragen gemaakt over de bereikbaarheid van de '
                   'Waddeneilanden?^1')
    page.paragraph('Antwoord 1', gap=10)
    page.paragraph('De afspraken staan in de brieven en het verslag die in de vraag worden genoemd. Ik vat ze '
                   'hier kort samen: de veerdiensten varen volgens de dienstregeling, de vaargeulen worden vaker '
                   'gebaggerd en er komt een extra afvaart in de zomer.')
    page.new_page()
    page.paragraph('Vraag 2')
    page.paragraph('Hoe vaak is de vaargeul naar Ameland in 2024 gebaggerd?^2')
    page.paragraph('Antwoord 2', gap=10)
    page.paragraph('Elf keer; dat is drie keer vaker dan in 2023.')
    page.write('note-across-pages')


if __name__ == '__main__':
    table_after_note()
    numbered_run()
    note_across_pages()
