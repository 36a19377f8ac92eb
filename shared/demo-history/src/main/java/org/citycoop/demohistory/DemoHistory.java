package org.citycoop.demohistory;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.citycoop.contracts.events.EventCatalog;
import org.citycoop.contracts.events.IntegrationEvent;
import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.contracts.points.PointsAccrued;
import org.citycoop.contracts.points.PointsConverted;
import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.contracts.redemption.RedemptionReversed;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.VoucherCancelled;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.platform.messaging.InboundEvents;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A realistic year of the network for the economists' dashboards, as the events the services publish,
 * each marked as demo history ({@link InboundEvents#HISTORY}) so that only analytics-service applies
 * them and no other service's state is made up. What it makes, per unit of {@code --scale}:
 * <ul>
 * <li>8 shops in each of the 24 partner cities (bakery, grocery, restaurant, clothes, books, hardware,
 * hotel, and a spa in the spa towns Bad Radkersburg and Radenci), 300 shoppers living in each city;</li>
 * <li>a voucher program per city (in forints in Hungary) and one for the whole region;</li>
 * <li>about 1,000 vouchers a city over the year, more before Christmas (November ×1.4, December ×2.5),
 * fewer in January, and in the spa towns more in summer (June to August ×1.8);</li>
 * <li>each voucher spent in one to three visits some days to months later: a city's vouchers in that
 * city, the region's vouchers mostly at home, often in a neighbouring city, sometimes across the border
 * (in a Hungarian shop at 400 forints a euro); the shopper's basket 1 to 2.5 times the voucher amount;
 * points for members who showed their card, and some conversions; a few reversals and cancellations.</li>
 * </ul>
 * Everything comes from one seed: running it again publishes the same events with the same ids, which
 * the consumers ignore, so nothing is counted twice.
 *
 * <pre>./citycoop demo-history [--scale 1] [--year 2025] [--seed 2026]</pre>
 */
public final class DemoHistory {

    static final String[] SECTORS = {"10.71", "47.11", "56.10", "47.71", "47.61", "47.52", "55.10"};
    static final String SPA = "96.04";
    static final List<PartnerCity> SPA_TOWNS = List.of(PartnerCity.AT_BAD_RADKERSBURG, PartnerCity.SI_RADENCI);
    static final int HUF_PER_EUR = 400;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A shop, a shopper, a program and a voucher as the generator keeps them. */
    record Shop(UUID merchant, UUID store, PartnerCity city, String sector) {
    }

    record Program(UUID id, String issuer, String currency) {
    }

    /** What to make: the year, how much, from which seed, where to. */
    public record Settings(int year, double scale, long seed, String bootstrapServers) {

        static Settings parse(String[] args) {
            int year = LocalDate.now(ZoneId.of("Europe/Vienna")).getYear() - 1;
            double scale = 1;
            long seed = 2026;
            String bootstrap = System.getenv().getOrDefault("CITYCOOP_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--year" -> { year = Integer.parseInt(value); i++; }
                    case "--scale" -> { scale = Double.parseDouble(value); i++; }
                    case "--seed" -> { seed = Long.parseLong(value); i++; }
                    case "--bootstrap-servers" -> { bootstrap = value; i++; }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (use --year YYYY, --scale S, --seed N, --bootstrap-servers HOST:PORT)");
                }
            }
            if (scale <= 0 || scale > 50) {
                throw new IllegalArgumentException("--scale must be above 0 and at most 50, not " + scale);
            }
            if (year < 2000 || year > 2100) {
                throw new IllegalArgumentException("--year must be a year such as 2025, not " + year);
            }
            return new Settings(year, scale, seed, bootstrap);
        }
    }

    /** Where the events go; {@link #publish} is called in the order the events must be applied. */
    public interface Sink {
        void publish(IntegrationEvent event, String eventId, Instant time);
    }

    private final Settings settings;
    private final Random random;
    private final ZoneId zone = ZoneId.of("Europe/Vienna");

    public DemoHistory(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("demo-history: " + e.getMessage());
            System.exit(2);
            return;
        }
        DemoHistory history = new DemoHistory(settings);
        List<Event> events = history.events();
        System.out.printf("Demo history of %d at scale %s: %,d events to %s%n", settings.year(), settings.scale(), events.size(),
                settings.bootstrapServers());
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000))) {
            Progress progress = new Progress(events.size(), System.out);
            for (Event event : events) {
                producer.send(record(event), (metadata, failure) -> {
                    if (failure != null) {
                        System.err.println("\ndemo-history: Kafka refused an event: " + failure.getMessage());
                        System.exit(1);
                    }
                });
                progress.step();
            }
            producer.flush();
            progress.done();
            producer.close(java.time.Duration.ofSeconds(30));
        }
        System.out.println("Done. analytics-service applies them within a minute or two; the other services ignore demo history.");
    }

    /** One event of the history with its id and time. */
    public record Event(IntegrationEvent payload, String id, Instant time) {
    }

    /** The whole history, in the order to publish it (dimensions first, then by time). */
    public List<Event> events() {
        List<Event> events = new ArrayList<>();
        Sink sink = (event, id, time) -> events.add(new Event(event, id, time));
        generate(sink);
        return events;
    }

    /** The CloudEvent of a history event, as the service that owns it would publish it, marked as history. */
    public static ProducerRecord<String, CloudEvent> record(Event event) {
        String type = EventCatalog.typeOf(event.payload().getClass());
        String context = type.split("\\.")[2];
        CloudEvent cloudEvent = CloudEventBuilder.v1().withId(event.id()).withType(type)
                .withSource(URI.create("urn:citycoop:" + context + "-service")).withSubject(event.payload().aggregateId())
                .withTime(event.time().atOffset(java.time.ZoneOffset.UTC)).withDataContentType("application/json")
                .withDataSchema(URI.create("urn:citycoop:schema:" + type)).withExtension(InboundEvents.HISTORY, "true")
                .withData(JSON.writeValueAsString(event.payload()).getBytes(StandardCharsets.UTF_8)).build();
        return new ProducerRecord<>(EventCatalog.topicOf(event.payload().getClass()), event.payload().aggregateId(), cloudEvent);
    }

    void generate(Sink sink) {
        Instant start = LocalDate.of(settings.year(), 1, 1).atStartOfDay(zone).toInstant();
        Instant end = LocalDate.of(settings.year() + 1, 1, 1).atStartOfDay(zone).toInstant();
        Instant setup = start.minusSeconds(86_400);
        int shopsPerCity = Math.max(1, (int) Math.round(8 * settings.scale()));
        int shoppersPerCity = Math.max(5, (int) Math.round(300 * settings.scale()));
        int vouchersPerCity = Math.max(12, (int) Math.round(1000 * settings.scale()));

        Map<PartnerCity, List<Shop>> shops = new EnumMap<>(PartnerCity.class);
        Map<PartnerCity, List<UUID>> shoppers = new EnumMap<>(PartnerCity.class);
        Map<PartnerCity, Program> programs = new EnumMap<>(PartnerCity.class);
        for (PartnerCity city : PartnerCity.values()) {
            List<Shop> cityShops = new ArrayList<>();
            for (int i = 0; i < shopsPerCity; i++) {
                String sector = SPA_TOWNS.contains(city) && i == 0 ? SPA : SECTORS[i % SECTORS.length];
                Shop shop = new Shop(id(), id(), city, sector);
                cityShops.add(shop);
                String name = "%s %s %d".formatted(sectorName(sector), city.officialName(), i + 1);
                sink.publish(new MerchantRegistered(shop.merchant(), name + " (demo)", name, city.code(), city.country(), sector, setup), eventId(), setup);
            }
            shops.put(city, cityShops);
            List<UUID> people = new ArrayList<>();
            for (int i = 0; i < shoppersPerCity; i++) {
                UUID shopper = id();
                people.add(shopper);
                sink.publish(new UserRegistered(shopper, List.of("SHOPPER"), city.code(), null, setup), eventId(), setup);
            }
            shoppers.put(city, people);
            Program program = new Program(id(), city.code(), city.currency());
            programs.put(city, program);
            sink.publish(new ProgramActivated(program.id(), Map.of("en", city.officialName() + " voucher (demo)"), city.code(), city.currency(), "CITY",
                    List.of(city.code()), 24, setup), eventId(), setup);
        }
        Program region = new Program(id(), "cooperation", "EUR");
        sink.publish(new ProgramActivated(region.id(), Map.of("en", "Region voucher (demo)"), "cooperation", "EUR", "REGION", List.of(), 24, setup),
                eventId(), setup);

        // the year's vouchers, then what happens to each, all sorted by time before publishing
        List<Event> year = new ArrayList<>();
        Sink later = (event, id, time) -> year.add(new Event(event, id, time));
        for (PartnerCity city : PartnerCity.values()) {
            double weights = 0;
            double[] monthWeight = new double[12];
            for (Month month : Month.values()) {
                monthWeight[month.ordinal()] = season(city, month);
                weights += monthWeight[month.ordinal()];
            }
            for (Month month : Month.values()) {
                int count = (int) Math.round(vouchersPerCity * monthWeight[month.ordinal()] / weights);
                for (int i = 0; i < count; i++) {
                    boolean regional = random.nextDouble() < 0.15;
                    Program program = regional ? region : programs.get(city);
                    Instant issued = at(month, random.nextInt(month.length(isLeap()) ) + 1, end);
                    if (issued == null) {
                        continue;
                    }
                    voucher(later, city, program, issued, end, shops, shoppers);
                }
            }
        }
        year.sort(java.util.Comparator.comparing(Event::time));
        year.forEach(e -> sink.publish(e.payload(), e.id(), e.time()));
    }

    private void voucher(Sink sink, PartnerCity home, Program program, Instant issued, Instant end, Map<PartnerCity, List<Shop>> shops,
            Map<PartnerCity, List<UUID>> shoppers) {
        UUID voucher = id();
        boolean forints = "HUF".equals(program.currency());
        long[] faces = forints ? new long[] {5_000, 10_000, 20_000} : new long[] {1_000, 2_000, 5_000};
        long face = faces[random.nextInt(faces.length)];
        List<UUID> people = shoppers.get(home);
        UUID holder = random.nextDouble() < 0.8 ? people.get(random.nextInt(people.size())) : null;
        sink.publish(new VoucherIssued(voucher, program.id(), "demo-" + voucher, program.issuer(), program.currency(), face, face, 0,
                random.nextDouble() < 0.3 ? "BULK" : "COUNTER", "CARD", holder, issued.plus(java.time.Duration.ofDays(730)), issued), eventId(), issued);
        if (random.nextDouble() < 0.01) {
            Instant cancelled = issued.plus(java.time.Duration.ofDays(1 + random.nextInt(10)));
            if (cancelled.isBefore(end)) {
                sink.publish(new VoucherCancelled(voucher, "customer asked (demo)", face, program.currency(), cancelled), eventId(), cancelled);
            }
            return;
        }
        long balance = face;
        Instant when = issued;
        int visits = 1 + random.nextInt(3);
        long sequence = 0;
        for (int visit = 0; visit < visits && balance > 0; visit++) {
            when = when.plus(java.time.Duration.ofHours(2 + (long) (-Math.log(1 - random.nextDouble()) * 25 * 24)));
            if (!when.isBefore(end)) {
                return; // spent next year, or never
            }
            long amount = visit == visits - 1 ? balance : Math.max(forints ? 500 : 100, share(balance, 30 + random.nextInt(51), forints));
            amount = Math.min(amount, balance);
            Shop shop = shopFor(home, program, when, shops);
            String merchantCurrency = shop.city().currency();
            String rate = "1";
            long merchantAmount = amount;
            if (!merchantCurrency.equals(program.currency())) {
                // the region's euro vouchers in a Hungarian shop, at the reference rate
                rate = Integer.toString(HUF_PER_EUR);
                merchantAmount = amount * HUF_PER_EUR / 100;
            }
            balance -= amount;
            UUID redemption = id();
            sink.publish(new VoucherRedeemed(redemption, voucher, shop.merchant(), shop.store(), amount, program.currency(), merchantAmount, merchantCurrency,
                    rate, balance, ++sequence, when), eventId(), when);
            long basket = share(merchantAmount, 100 + random.nextInt(151), "HUF".equals(merchantCurrency));
            boolean member = holder != null && random.nextDouble() < 0.6;
            UUID purchase = id();
            sink.publish(new PurchaseRecorded(purchase, shop.merchant(), shop.store(), shop.city().code(), member ? holder : null, basket, merchantCurrency,
                    merchantAmount, when), eventId(), when);
            long points = 0;
            if (member) {
                points = "HUF".equals(merchantCurrency) ? basket / HUF_PER_EUR : basket / 100;
                if (!shop.city().equals(home)) {
                    points += shop.city().country().equals(home.country()) ? 20 : 50;
                }
                points = Math.min(points, 500);
            }
            if (points > 0) { // a member's basket under a euro earns nothing
                sink.publish(new PointsAccrued(purchase, holder, shop.merchant(), shop.city().code(), points, 1,
                        List.of(new PointsAccrued.Reason("BASE", "demo", points)), points, when), eventId(), when);
                if (random.nextDouble() < 0.05) {
                    sink.publish(new PointsConverted(id(), holder, id(), Math.min(points, 100), 0, when.plusSeconds(3_600)), eventId(), when.plusSeconds(3_600));
                }
            }
            if (random.nextDouble() < 0.005) {
                long back = Math.max(1, amount / 2);
                balance += back;
                sink.publish(new RedemptionReversed(id(), redemption, voucher, shop.merchant(), back, program.currency(), balance, ++sequence,
                        when.plusSeconds(600)), eventId(), when.plusSeconds(600));
            }
        }
    }

    /** Where a voucher is spent: a city's vouchers at home; the region's mostly at home, else nearby, sometimes across the border; spas in summer. */
    private Shop shopFor(PartnerCity home, Program program, Instant when, Map<PartnerCity, List<Shop>> shops) {
        PartnerCity city = home;
        if ("cooperation".equals(program.issuer())) {
            Month month = when.atZone(zone).getMonth();
            double roll = random.nextDouble();
            boolean summer = month.getValue() >= 6 && month.getValue() <= 8;
            if (summer && roll < 0.25) {
                city = SPA_TOWNS.get(random.nextInt(SPA_TOWNS.size()));
            } else if (roll < 0.5) {
                city = home;
            } else if (roll < 0.8) {
                List<PartnerCity> sameCountry = java.util.Arrays.stream(PartnerCity.values()).filter(c -> c.country().equals(home.country())).toList();
                city = sameCountry.get(random.nextInt(sameCountry.size()));
            } else {
                List<PartnerCity> abroad = java.util.Arrays.stream(PartnerCity.values()).filter(c -> !c.country().equals(home.country())).toList();
                city = abroad.get(random.nextInt(abroad.size()));
            }
        }
        List<Shop> cityShops = shops.get(city);
        if (SPA_TOWNS.contains(city) && random.nextDouble() < 0.4) {
            return cityShops.getFirst();
        }
        return cityShops.get(random.nextInt(cityShops.size()));
    }

    /** How many vouchers a month brings, relative to an ordinary month. */
    static double season(PartnerCity city, Month month) {
        double weight = switch (month) {
            case JANUARY -> 0.6;
            case NOVEMBER -> 1.4;
            case DECEMBER -> 2.5;
            default -> 1.0;
        };
        if (SPA_TOWNS.contains(city) && month.getValue() >= 6 && month.getValue() <= 8) {
            weight *= 1.8;
        }
        return weight;
    }

    private Instant at(Month month, int day, Instant end) {
        ZonedDateTime time = LocalDate.of(settings.year(), month, Math.min(day, month.length(isLeap())))
                .atTime(LocalTime.of(8 + random.nextInt(11), random.nextInt(60))).atZone(zone);
        Instant instant = time.toInstant();
        return instant.isBefore(end) ? instant : null;
    }

    private boolean isLeap() {
        return java.time.Year.isLeap(settings.year());
    }

    /** {@code percent} % of {@code amount} (minor units), forints to whole tens; money stays in longs. */
    private static long share(long amount, int percent, boolean forints) {
        long part = amount * percent / 100;
        return forints ? part / 10 * 10 : part;
    }

    private UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private String eventId() {
        return id().toString();
    }

    private static String sectorName(String nace) {
        return switch (nace) {
            case "10.71" -> "Bakery";
            case "47.11" -> "Grocery";
            case "56.10" -> "Restaurant";
            case "47.71" -> "Fashion";
            case "47.61" -> "Books";
            case "47.52" -> "Hardware";
            case "55.10" -> "Hotel";
            case SPA -> "Thermal spa";
            default -> "Shop";
        };
    }

    /** A progress bar on the terminal (a line each 10 % where output is not a terminal). */
    static final class Progress {

        private final long total;
        private final PrintStream out;
        private final boolean terminal = System.console() != null;
        private long done;
        private int shown = -1;

        Progress(long total, PrintStream out) {
            this.total = Math.max(1, total);
            this.out = out;
        }

        void step() {
            done++;
            int percent = (int) (done * 100 / total);
            if (terminal ? percent != shown : percent / 10 != shown / 10 || shown < 0) {
                shown = percent;
                String bar = "#".repeat(percent / 4) + ".".repeat(25 - percent / 4);
                out.print((terminal ? "\r" : "") + "[%s] %3d %% %,d/%,d events".formatted(bar, percent, done, total) + (terminal ? "" : "\n"));
                out.flush();
            }
        }

        void done() {
            if (terminal) {
                out.println();
            }
        }
    }
}
