package org.citycoop.loadtests.vouchers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.events.Topics;
import org.citycoop.platform.security.Role;
import org.citycoop.testsupport.KafkaTap;
import org.citycoop.testsupport.RunningService;
import org.citycoop.testsupport.TestTokens;
import org.citycoop.voucher.VoucherServiceApplication;
import org.citycoop.voucher.programs.ProgramAdministration;
import org.citycoop.voucher.programs.ProgramTerms;
import org.junit.jupiter.api.Test;

/**
 * An employer's bulk order of 10,000 vouchers through voucher-service's HTTP API, on real PostgreSQL
 * and Kafka: the order (10,000 codes, vouchers, lines and VoucherIssued events in one transaction),
 * the outbox draining to Kafka, and the order's PDF (10,000 A6 pages) streamed to the client. Time
 * and peak heap of each step; a single counter sale of one voucher as the baseline, in the same run.
 *
 * <pre>./mvnw -B -pl load-tests -am -Pbenchmark verify -Dit.test=BulkOrderBenchmark -Dvouchers=10000</pre>
 *
 * Writes load-tests/target/bulk-order-benchmark.md.
 */
class BulkOrderBenchmark {

    private static final int VOUCHERS = Integer.getInteger("vouchers", 10_000);
    private static final String OPERATOR = TestTokens.token().subject("operator-benchmark").roles(Role.OPERATOR).lifetime(Duration.ofHours(1)).sign();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void orderTenThousandVouchersAndPrintThem() throws Exception {
        StringBuilder report = new StringBuilder("# Bulk order benchmark\n\n");
        try (KafkaTap events = KafkaTap.on(Topics.VOUCHER_EVENTS);
                RunningService vouchers = RunningService.start(VoucherServiceApplication.class, "voucher-service", Map.of())) {
            String base = "http://127.0.0.1:" + vouchers.port();
            ProgramAdministration administration = vouchers.bean(ProgramAdministration.class);
            UUID program = administration.draft(new ProgramTerms(Map.of("de", "Weihnachtsgutschein Oststeiermark", "sl", "Božični bon", "hu",
                    "Karácsonyi utalvány", "en", "East Styrian Christmas voucher"), "cooperation", "EUR", "REGION", null,
                    List.of(new BigDecimal("50")), null, 36, null)).id();
            administration.activate(program);

            // baseline: one counter sale of one voucher
            long t0 = System.nanoTime();
            var sale = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/counter-sales")).header("Authorization", "Bearer " + OPERATOR)
                    .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"programId\":\"" + program + "\",\"amount\":50,\"currency\":\"EUR\",\"paymentMethod\":\"CASH\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(sale.statusCode()).as(sale.body()).isEqualTo(201);
            long baselineMs = (System.nanoTime() - t0) / 1_000_000;

            StringBuilder csv = new StringBuilder("employee_id;name\n");
            for (int i = 1; i <= VOUCHERS; i++) {
                csv.append("E-").append(i).append(";Mitarbeiterin ").append(i).append('\n');
            }
            byte[] body = multipart(program, csv.toString());
            System.gc();
            resetPeaks();
            long heapBefore = usedHeap();
            t0 = System.nanoTime();
            var order = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/bulk-orders")).header("Authorization", "Bearer " + OPERATOR)
                    .header("Content-Type", "multipart/form-data; boundary=bench").header("Idempotency-Key", UUID.randomUUID().toString())
                    .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            long orderMs = (System.nanoTime() - t0) / 1_000_000;
            long orderPeak = peakHeap();
            assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
            String pdfPath = order.body().replaceFirst(".*\"vouchersPdf\":\"([^\"]+)\".*", "$1");

            org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> events.records().stream()
                    .filter(r -> KafkaTap.header(r, "ce_type").endsWith("voucher-issued.v1")).count() >= VOUCHERS + 1);
            long drainMs = (System.nanoTime() - t0) / 1_000_000;
            long issuedEvents = events.records().stream().filter(r -> KafkaTap.header(r, "ce_type").endsWith("voucher-issued.v1")).count();

            System.gc();
            resetPeaks();
            t0 = System.nanoTime();
            var pdf = HTTP.send(HttpRequest.newBuilder(URI.create(base + pdfPath + "?lang=de")).header("Authorization", "Bearer " + OPERATOR)
                    .timeout(Duration.ofMinutes(20)).build(), HttpResponse.BodyHandlers.ofInputStream());
            long firstByteMs = (System.nanoTime() - t0) / 1_000_000;
            long bytes = 0;
            byte[] head = new byte[8];
            try (InputStream in = pdf.body()) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (bytes == 0 && n >= 8) {
                        System.arraycopy(buffer, 0, head, 0, 8);
                    }
                    bytes += n;
                }
            }
            long pdfMs = (System.nanoTime() - t0) / 1_000_000;
            long pdfPeak = peakHeap();
            assertThat(new String(head, StandardCharsets.US_ASCII)).startsWith("%PDF-");

            long maxHeap = Runtime.getRuntime().maxMemory();
            report.append("Vouchers: ").append(VOUCHERS).append(" (region program, EUR 50 each, bearer, one per employee). JVM max heap ")
                    .append(maxHeap / 1_048_576).append(" MB, ").append(Runtime.getRuntime().availableProcessors()).append(" cores; heap before the order ")
                    .append(heapBefore / 1_048_576).append(" MB.\n\n")
                    .append("| step | time | peak heap (all pools, after a GC) |\n|---|---|---|\n")
                    .append("| baseline: counter sale of 1 voucher over HTTP | ").append(baselineMs).append(" ms | — |\n")
                    .append("| bulk order: upload, check, ").append(VOUCHERS).append(" codes + vouchers + lines + events in one transaction | ")
                    .append(orderMs).append(" ms (").append(VOUCHERS * 1000L / Math.max(1, orderMs)).append(" vouchers/s) | ").append(orderPeak / 1_048_576)
                    .append(" MB |\n")
                    .append("| ... until all VoucherIssued events are on Kafka (").append(issuedEvents).append(") | ").append(drainMs).append(" ms from the order's start | — |\n")
                    .append("| order PDF: ").append(VOUCHERS).append(" A6 pages streamed, ").append(bytes / 1_048_576).append(" MB | ").append(pdfMs)
                    .append(" ms (first byte after ").append(firstByteMs).append(" ms) | ").append(pdfPeak / 1_048_576).append(" MB |\n");
        }
        Files.writeString(Path.of("target/bulk-order-benchmark.md"), report);
        System.out.println(report);
    }

    private static byte[] multipart(UUID program, String csv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--bench\r\nContent-Disposition: form-data; name=\"order\"\r\nContent-Type: application/json\r\n\r\n{\"programId\":\"" + program
                + "\",\"companyName\":\"Steirische Werke GmbH\",\"companyVatId\":\"ATU13585627\",\"country\":\"SI\",\"amountEach\":50,\"currency\":\"EUR\","
                + "\"paymentMethod\":\"BANK_TRANSFER\"}\r\n--bench\r\nContent-Disposition: form-data; name=\"employees\"; filename=\"staff.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
        out.writeBytes("\r\n--bench--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
