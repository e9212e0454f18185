package cn.gov.yongzhou.qingfeng.ledger;

import cn.gov.yongzhou.qingfeng.directory.Unit;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminAction;
import cn.gov.yongzhou.qingfeng.shared.audit.AdminLog;
import cn.gov.yongzhou.qingfeng.shared.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The units' monthly service volumes (办件量): entered one by one or imported from a CSV or XLSX file of rows "unit
 * code, month (2026-03), services" (a first row of headings is skipped). An import is checked in full first: one bad
 * row and nothing is stored, each bad row named with its line. Every change goes into the admin log.
 */
@ApplicationScoped
public class ServiceVolumes {

    /** At most this many rows in one file: a city's units times a few years. */
    static final int MAX_ROWS = 20_000;
    static final long MAX_SERVICES = 100_000_000L;
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:-|/|\\.|年)\\s*(\\d{1,2})\\s*月?");

    /** A refused entry or import: field errors, or for an import the bad lines (line number, message key, args). */
    public record Result(int stored, FieldErrors errors, List<LineError> lines) {
        public boolean ok() {
            return errors.isEmpty() && lines.isEmpty();
        }
    }

    public record LineError(int line, String key, Object... args) {
    }

    private record Entry(Unit unit, LocalDate month, long services) {
    }

    private final AdminLog adminLog;
    private final Clock clock;

    ServiceVolumes(AdminLog adminLog, Clock clock) {
        this.adminLog = adminLog;
        this.clock = clock;
    }

    /** One unit's services in one month, typed into the form; a second entry for the month replaces the first. */
    @Transactional
    public Result enter(String unitCode, String month, String services, String actor) {
        FieldErrors errors = new FieldErrors();
        Unit unit = unit(unitCode);
        if (unit == null) {
            errors.add("unit", blank(unitCode) ? "volume.error.unit.required" : "volume.error.unit.unknown");
        }
        LocalDate first = month(month);
        if (first == null) {
            errors.add("month", blank(month) ? "volume.error.month.required" : "volume.error.month.format");
        }
        Long count = services(services);
        if (count == null) {
            errors.add("services", blank(services) ? "volume.error.services.required" : "volume.error.services.number");
        }
        if (!errors.isEmpty()) {
            return new Result(0, errors, List.of());
        }
        store(List.of(new Entry(unit, first, count)), ServiceVolume.Source.ENTERED, actor);
        return new Result(1, errors, List.of());
    }

    /** A CSV (UTF-8, a byte-order mark allowed) or XLSX file; by its first bytes, not its name. */
    @Transactional
    public Result importFile(byte[] bytes, String actor) {
        List<List<String>> rows;
        try {
            rows = isZip(bytes) ? xlsxRows(bytes) : csvRows(bytes);
        } catch (IOException | RuntimeException e) {
            return new Result(0, new FieldErrors().add("file", "volume.error.file.unreadable"), List.of());
        }
        if (rows.isEmpty()) {
            return new Result(0, new FieldErrors().add("file", "volume.error.file.empty"), List.of());
        }
        if (rows.size() > MAX_ROWS) {
            return new Result(0, new FieldErrors().add("file", "volume.error.file.tooLong", MAX_ROWS), List.of());
        }
        List<LineError> bad = new ArrayList<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            int line = i + 1;
            if (cells.stream().allMatch(ServiceVolumes::blank)) {
                continue;
            }
            String code = cell(cells, 0);
            String month = cell(cells, 1);
            String services = cell(cells, 2);
            if (i == 0 && month(month) == null && services(services) == null) {
                continue; // the headings
            }
            Unit unit = unit(code);
            LocalDate first = month(month);
            Long count = services(services);
            if (unit == null) {
                bad.add(new LineError(line, "volume.error.line.unit", code));
            } else if (first == null) {
                bad.add(new LineError(line, "volume.error.line.month", month));
            } else if (count == null) {
                bad.add(new LineError(line, "volume.error.line.services", services));
            } else if (entries.put(unit.code + "|" + first, new Entry(unit, first, count)) != null) {
                bad.add(new LineError(line, "volume.error.line.twice", unit.code, YearMonth.from(first).toString()));
            }
        }
        if (!bad.isEmpty()) {
            return new Result(0, new FieldErrors(), bad);
        }
        if (entries.isEmpty()) {
            return new Result(0, new FieldErrors().add("file", "volume.error.file.empty"), List.of());
        }
        store(List.copyOf(entries.values()), ServiceVolume.Source.IMPORTED, actor);
        return new Result(entries.size(), new FieldErrors(), List.of());
    }

    private void store(List<Entry> entries, ServiceVolume.Source source, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        StringBuilder detail = new StringBuilder();
        for (Entry e : entries) {
            ServiceVolume v = ServiceVolume.find(e.unit(), e.month()).orElseGet(ServiceVolume::new);
            boolean created = v.id == null;
            if (!created) {
                detail.append(e.unit().code).append(' ').append(YearMonth.from(e.month())).append(": ")
                        .append(v.services).append(" → ").append(e.services()).append('\n');
            } else {
                detail.append(e.unit().code).append(' ').append(YearMonth.from(e.month())).append(": ")
                        .append(e.services()).append('\n');
            }
            v.unit = e.unit();
            v.month = e.month();
            v.services = e.services();
            v.source = source;
            v.enteredBy = actor;
            v.enteredAt = now;
            if (created) {
                v.persist();
            }
        }
        adminLog.record(actor, "service_volume", entries.size() == 1 ? entries.get(0).unit().code : null,
                source == ServiceVolume.Source.IMPORTED ? AdminAction.CREATED : AdminAction.CHANGED,
                (source == ServiceVolume.Source.IMPORTED ? "导入办件量 " + entries.size() + " 条\n" : "录入办件量\n")
                        + detail);
    }

    private static Unit unit(String code) {
        return blank(code) ? null : Unit.findByCode(code.strip().toUpperCase(Locale.ROOT)).orElse(null);
    }

    /** "2026-03", "2026/3", "2026.03", "2026年3月" → the first of that month; null when not a month. */
    public static LocalDate month(String text) {
        if (blank(text)) {
            return null;
        }
        Matcher m = MONTH.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (year < Period.FIRST_YEAR || year > Period.LAST_YEAR) {
                return null;
            }
            return YearMonth.of(year, Integer.parseInt(m.group(2))).atDay(1);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A whole number of services, 0 … 100,000,000; thousands separators allowed. */
    static Long services(String text) {
        if (blank(text)) {
            return null;
        }
        String digits = text.strip().replace(",", "").replace("，", "").replace(" ", "");
        if (digits.endsWith(".0")) {
            digits = digits.substring(0, digits.length() - 2); // a number cell read as text
        }
        if (!digits.matches("\\d{1,9}")) {
            return null;
        }
        long n = Long.parseLong(digits);
        return n > MAX_SERVICES ? null : n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i) : null;
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Comma-separated, fields in double quotes where they hold a comma; a byte-order mark is dropped. */
    static List<List<String>> csvRows(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r?\n|\r", -1)) {
            if (rows.size() > MAX_ROWS) {
                break;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',' || c == '\t' || c == ';') {
                    cells.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            cells.add(field.toString());
            rows.add(cells);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(ServiceVolumes::blank)) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    /** The first sheet's rows, each cell as the spreadsheet shows it (a month cell formatted as a date too). */
    static List<List<String>> xlsxRows(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (rows.size() > MAX_ROWS) {
                    break;
                }
                while (rows.size() < row.getRowNum()) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 3; c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC
                            && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                        cells.add(YearMonth.from(cell.getLocalDateTimeCellValue()).toString());
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        cells.add(String.valueOf((long) cell.getNumericCellValue()));
                    } else {
                        cells.add(format.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
