package cn.gov.yongzhou.qingfeng.ledger;

import cn.gov.yongzhou.qingfeng.shared.ClockProducer;
import cn.gov.yongzhou.qingfeng.shared.web.Bilingual;
import cn.gov.yongzhou.qingfeng.shared.web.Messages;
import cn.gov.yongzhou.qingfeng.shared.web.TemplateText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The ledger and the case list as CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese; RFC 4180 quoting)
 * and as XLSX (Apache POI's streaming workbook: a year of cases never sits in memory). The columns are chosen here and
 * nowhere else: no reporter's name, ID number, phone or email, no narrative. A text cell that a spreadsheet would take
 * for a formula (= + - @, tab, carriage return first) is neutralised with a leading apostrophe.
 */
final class Exports {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private Exports() {
    }

    /** Where rows go: a CSV text or a spreadsheet. A cell is a String, a Long, a {@link Share} or a {@link PerTenThousand}. */
    interface Table extends AutoCloseable {
        void row(List<?> cells);

        @Override
        void close();
    }

    static final List<String> LEDGER_COLUMNS = List.of("rank", "unit", "area", "received", "accepted", "concluded",
            "substantiated", "substantiatedRate", "services", "reportsRate", "substantiatedPerServices", "limitsClosed",
            "limitsMet", "onTimeRate", "averageDays", "overdue", "escalated", "extensions", "rated", "satisfaction",
            "matters", "objections", "score", "standing");

    /** The columns of the ranking, left out while the ranking is off (rule 10). */
    private static final List<String> RANKING_COLUMNS = List.of("rank", "score", "standing");

    static final List<String> CASE_COLUMNS = List.of("reference", "category", "subcategory", "unit", "area",
            "received", "state", "conclusion", "acceptedOn", "concludedOn", "onTime");

    static void ledger(Ledger.View view, Locale locale, Table out) {
        List<String> columns = view.ranked() ? LEDGER_COLUMNS
                : LEDGER_COLUMNS.stream().filter(c -> !RANKING_COLUMNS.contains(c)).toList();
        out.row(headers("ledger.col.", columns, locale));
        for (Ledger.Row r : view.rows()) {
            out.row(ledgerCells(r, locale, view.ranked()));
        }
        out.row(ledgerCells(view.totals(), locale, view.ranked()));
    }

    private static List<Object> ledgerCells(Ledger.Row r, Locale locale, boolean ranked) {
        List<Object> cells = new ArrayList<>();
        if (ranked) {
            cells.add(r.totals() ? "" : (Object) (long) r.rank());
        }
        cells.add(r.totals() ? Messages.get(locale, "ledger.totals") : r.unit().in(locale));
        cells.add(r.totals() ? "" : area(r.area(), locale));
        cells.addAll(Arrays.asList(r.received(), r.accepted(), r.concluded(), r.substantiated(), r.substantiatedRate(),
                r.services() > 0 ? (Object) r.services() : Share.NONE, r.reportsRate(), r.substantiatedPerServices(),
                r.limitsClosed(), r.limitsMet(), r.onTime(),
                r.concluded() == 0 ? Share.NONE : (Object) Double.valueOf(r.averageWorkingDays()), r.overdue(), r.escalated(),
                r.extensions(), r.rated(), r.satisfaction(), r.matters(), r.objections()));
        if (ranked) {
            cells.add(r.totals() ? "" : (Object) (long) r.score());
            cells.add(r.totals() ? "" : Messages.get(locale, TemplateText.keyOf(r.standing())));
        }
        return cells;
    }

    /** The header row, then one row per case, written as {@code cases} hands them over. */
    static void cases(Consumer<Consumer<Ledger.CaseLine>> cases, Locale locale, Table out) {
        out.row(headers("ledger.cases.col.", CASE_COLUMNS, locale));
        String yes = Messages.get(locale, "ledger.yes");
        String no = Messages.get(locale, "ledger.no");
        cases.accept(c -> out.row(List.of(c.reference(), label(c.category(), locale), label(c.subcategory(), locale),
                c.unit().in(locale), area(c.area(), locale), moment(c.receivedAt(), MINUTES),
                label(c.state(), locale), c.conclusion() == null ? "" : label(c.conclusion(), locale),
                moment(c.acceptedAt(), DAY), moment(c.concludedAt(), DAY), c.onTime() ? yes : no)));
    }

    private static List<String> headers(String prefix, List<String> columns, Locale locale) {
        return columns.stream().map(c -> Messages.get(locale, prefix + c)).toList();
    }

    private static String label(Enum<?> value, Locale locale) {
        return Messages.get(locale, TemplateText.keyOf(value));
    }

    private static String area(Bilingual area, Locale locale) {
        return area == null ? Messages.get(locale, "ledger.cityLevel") : area.in(locale);
    }

    private static String moment(OffsetDateTime at, DateTimeFormatter format) {
        return at == null ? "" : at.atZoneSameInstant(ClockProducer.ZONE).format(format);
    }

    /** A text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's CSV injection advice). */
    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** CSV, UTF-8 with a byte-order mark, CRLF line ends, fields quoted when they hold a comma, quote or line end. */
    static Table csv(OutputStream stream) {
        try {
            stream.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        return new Table() {
            @Override
            public void row(List<?> cells) {
                try {
                    for (int i = 0; i < cells.size(); i++) {
                        if (i > 0) {
                            writer.write(',');
                        }
                        writer.write(csvField(cells.get(i)));
                    }
                    writer.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                try {
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    static String csvField(Object cell) {
        String text = cell instanceof Share s ? s.percent()
                : cell instanceof PerTenThousand p ? p.text()
                        : cell instanceof String s ? neutralise(s)
                                : String.valueOf(cell);
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** An XLSX workbook of one sheet, streamed to {@code stream} when closed. */
    static Table xlsx(OutputStream stream, String sheetName) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        SXSSFSheet sheet = workbook.createSheet(sheetName);
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        CellStyle twoDecimals = workbook.createCellStyle();
        twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        return new Table() {
            private int next;

            @Override
            public void row(List<?> cells) {
                Row row = sheet.createRow(next);
                for (int i = 0; i < cells.size(); i++) {
                    Cell cell = row.createCell(i);
                    Object value = cells.get(i);
                    if (value instanceof Long n) {
                        cell.setCellValue(n);
                    } else if (value instanceof Double d) {
                        cell.setCellValue(d);
                    } else if (value instanceof Share s && s.known()) {
                        cell.setCellValue(s.ratio());
                        cell.setCellStyle(percent);
                    } else if (value instanceof Share s) {
                        cell.setCellValue(s.percent());
                    } else if (value instanceof PerTenThousand p && p.known()) {
                        cell.setCellValue(p.value());
                        cell.setCellStyle(twoDecimals);
                    } else if (value instanceof PerTenThousand p) {
                        cell.setCellValue(p.text());
                    } else {
                        cell.setCellValue(neutralise(String.valueOf(value)));
                    }
                    if (next == 0) {
                        cell.setCellStyle(header);
                    }
                }
                if (next == 0) {
                    sheet.createFreezePane(0, 1);
                }
                next++;
            }

            @Override
            public void close() {
                try (workbook) {
                    workbook.write(stream);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    workbook.dispose();
                }
            }
        };
    }

}
