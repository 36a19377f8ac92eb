package org.citycoop.voucher.printing;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import org.citycoop.contracts.money.Currency;
import org.citycoop.contracts.money.Money;
import org.citycoop.contracts.voucher.VoucherCode;
import org.citycoop.voucher.codes.QrCodes;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * How much heap a bulk order's PDF keeps while it is written: pages with their content go to a temp
 * file, the page tree stays until the end. Prints the live heap (after a GC) every 2,000 pages. Not
 * part of the test command (the name ends in Benchmark):
 *
 * <pre>./mvnw -B -pl services/voucher-service test -Dtest=VoucherPdfMemoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false "-DargLine=-Xmx128m"</pre>
 */
class VoucherPdfMemoryBenchmark {

    @Test
    void tenThousandPagesFitASmallHeap() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        VoucherPdf pdf = new VoucherPdf(new QrCodes(), messages);
        int n = Integer.getInteger("pages", 10000);
        long[] peakLive = {0};
        Iterator<VoucherPdf.Printed> pages = new Iterator<>() {
            int i;
            public boolean hasNext() { return i < n; }
            public VoucherPdf.Printed next() {
                if (++i % 2000 == 0) {
                    System.gc();
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    peakLive[0] = Math.max(peakLive[0], used);
                    System.out.println("BENCHMARK page " + i + " live heap " + used / 1048576 + " MB");
                }
                return new VoucherPdf.Printed("Weihnachtsgutschein", Money.of(5000, Currency.EUR), VoucherCode.generate(), LocalDate.now(),
                        List.of("at-feldbach"), "Mitarbeiterin " + i);
            }
        };
        long t = System.nanoTime();
        pdf.write(pages, "de", OutputStream.nullOutputStream());
        System.out.println("BENCHMARK done in " + (System.nanoTime() - t) / 1_000_000 + " ms, peak live " + peakLive[0] / 1048576 + " MB");
        org.assertj.core.api.Assertions.assertThat(peakLive[0] / n).as("live heap per page").isLessThan(20_000);
    }
}
