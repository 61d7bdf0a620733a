package vn.foreignaffairs.registry.storage.embedded;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Filters.nor;
import static com.mongodb.client.model.Filters.or;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Collation;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ordered indexes never change an answer: the same documents, queries, sorts, limits and
 * batches give on the indexed backends what the server's own in-memory backend (which scans every
 * document) gives, before and after updates and deletes that move documents in the indexes.
 */
class IndexedQueriesTest {

    private final List<MongoServer> servers = new ArrayList<>();
    private final List<MongoClient> clients = new ArrayList<>();

    static Stream<Arguments> backends() {
        return Stream.of(Arguments.of("in memory", (Supplier<MongoBackend>) IndexedMemoryBackend::new),
                Arguments.of("H2", (Supplier<MongoBackend>) TestH2Backends::inMemoryIndexed));
    }

    @AfterEach
    void stop() {
        clients.forEach(MongoClient::close);
        servers.forEach(MongoServer::shutdownNow);
    }

    /** 2^53 + 1: the nearest double is 2^53, so the server keeps it as a long. */
    private static final long LONG_BEYOND_DOUBLES = 9_007_199_254_740_993L;

    private MongoCollection<Document> collectionOn(MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        servers.add(server);
        MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server.bind()));
        clients.add(client);
        MongoCollection<Document> collection = client.getDatabase("test").getCollection("things");
        collection.createIndex(Indexes.ascending("n"));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("s"), Indexes.descending("n")));
        collection.createIndex(Indexes.ascending("t", "seq"));
        collection.createIndex(Indexes.ascending("a"));
        collection.createIndex(Indexes.ascending("sub.x"));
        collection.createIndex(Indexes.compoundIndex(Indexes.descending("d"), Indexes.ascending("s")));
        collection.createIndex(Indexes.ascending("u"), new IndexOptions().unique(true));
        collection.createIndex(Indexes.ascending("agg", "seq"), new IndexOptions().unique(true));
        return collection;
    }

    /** The same documents on the server's own in-memory backend, the reference, and on the backend under test. */
    private record Twins(MongoCollection<Document> reference, MongoCollection<Document> indexed) {
    }

    private Twins twins(Supplier<MongoBackend> backend, List<Document> documents) {
        Twins twins = new Twins(collectionOn(new MemoryBackend()), collectionOn(backend.get()));
        twins.reference().insertMany(documents);
        twins.indexed().insertMany(documents);
        return twins;
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    private static List<Document> things(Random random, int count) {
        List<Document> things = new ArrayList<>();
        String[] strings = {"an", "bình", "cao", "đà", "Ê"};
        for (int i = 0; i < count; i++) {
            Document thing = new Document("_id", new ObjectId()).append("u", i)
                    .append("agg", "agg-" + (i % 17)).append("seq", (long) (i / 17))
                    .append("t", String.format("2026-12-%02dT10:%02d:00Z", 1 + random.nextInt(3), random.nextInt(60)))
                    .append("s", strings[random.nextInt(strings.length)]);
            switch (random.nextInt(6)) {
                case 0 -> { } // no n at all
                case 1 -> thing.append("n", null);
                case 2 -> thing.append("n", "text-" + random.nextInt(5));
                case 3 -> thing.append("n", random.nextDouble() * 20);
                default -> thing.append("n", random.nextInt(20));
            }
            if (random.nextInt(3) == 0) {
                List<Integer> a = new ArrayList<>();
                for (int k = random.nextInt(4); k > 0; k--) {
                    a.add(random.nextInt(10));
                }
                thing.append("a", a);
            } else if (random.nextBoolean()) {
                thing.append("a", random.nextInt(10));
            }
            if (random.nextBoolean()) {
                thing.append("sub", new Document("x", random.nextInt(6)));
            }
            switch (random.nextInt(5)) {
                case 0 -> { } // no d at all
                case 1 -> thing.append("d", null);
                case 2 -> thing.append("d", "2026-12-0" + (1 + random.nextInt(5)));
                case 3 -> thing.append("d", random.nextInt(20));
                default -> thing.append("d", day(1 + random.nextInt(5)));
            }
            things.add(thing);
        }
        return things;
    }

    private static Date day(int of) {
        return Date.from(LocalDate.of(2026, 12, of).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static List<Bson> filters() {
        return List.of(
                // a bound's type bounds the other end: dates, text; numbers, other types and nulls never match
                lt("d", day(3)), lte("d", day(3)), gt("d", day(2)), gte("d", day(5)), and(gt("d", day(1)), lt("d", day(4))),
                and(lt("d", day(4)), eq("s", "an")), lt("d", "2026-12-03"), gte("d", "2026-12-04"), lt("d", 7),
                and(gt("d", day(1)), lt("d", "2026-12-09")), lt("n", "text-3"), lte("s", "cao"), lt("a", day(2)),
                eq("d", day(2)), eq("d", null),
                new Document(), eq("n", 7), gt("n", 5), gte("n", 5.5), lt("n", 3), lte("n", 12),
                and(gt("n", 4), lt("n", 9)), and(gte("n", 4), lte("n", 4)), gt("n", "text-2"),
                eq("s", "bình"), and(eq("s", "cao"), gt("n", 3)), and(eq("s", "an"), lt("n", 15), gte("n", 2)),
                eq("a", 3), gt("a", 6), and(gt("a", 2), lt("a", 4)), eq("sub.x", 2), lt("sub.x", 3),
                eq("n", LONG_BEYOND_DOUBLES), gt("n", LONG_BEYOND_DOUBLES - 1), eq("n", 0), lte("n", 0.0),
                eq("u", 42), eq("u", 100_000), in("u", List.of(1, 2, 3)), and(eq("agg", "agg-3"), gte("seq", 4L)),
                and(eq("agg", "agg-3"), eq("seq", 2L)), and(gte("t", "2026-12-02T00:00:00Z"), nin("u", List.of(5, 6))),
                or(eq("n", 7), eq("s", "đà")), ne("n", 7), and(eq("n", 7), eq("n", 8)), new Document("n", new Document("$not", new Document("$gt", 5))),
                eq("n", null), in("n", List.of(1, 2)), in("n", List.of(12, 3, "text-1")), in("s", List.of("đà", "an")),
                and(in("s", List.of("cao", "Ê")), gt("n", 10)), in("a", List.of(3, 7)), in("t", List.of()),
                and(gte("t", "2026-12-01T10:30:00Z"), nin("s", List.of("an", "cao")), nin("n", List.of(3, 4.0, "text-1"))),
                // counted from index entries: exactly from the stretches, or by matching each entry's values
                in("s", List.of("cao")), and(eq("agg", "agg-3"), in("seq", List.of(1L, 2L, 9L))),
                and(in("s", List.of("an", "đà")), eq("n", 3)), and(eq("s", "an"), ne("n", 7)), or(eq("s", "an"), lt("n", 2)),
                and(eq("s", "Ê"), eq("n", null)), and(eq("s", "Ê"), ne("n", null)), nor(eq("s", "an"), gt("n", 10)),
                and(eq("s", "bình"), new Document("n", new Document("$exists", true))), and(eq("s", "cao"), eq("s", "an")),
                and(eq("s", "cao"), in("s", List.of("cao", "an"))), in("n", List.of(7)), eq("t", "2026-12-02T10:07:00Z"),
                // a value listed twice (or as two numbers of equal value) still finds its documents once
                in("s", List.of("an", "cao", "an")), in("n", List.of(3, 3.0, 5)), in("u", List.of(4, 4)),
                and(eq("agg", "agg-3"), in("seq", List.of(2L, 2L))));
    }

    private static List<Bson> sorts() {
        return List.of(Sorts.ascending("n"), Sorts.descending("n"), Sorts.orderBy(Sorts.ascending("s"), Sorts.descending("n")),
                Sorts.orderBy(Sorts.descending("s"), Sorts.ascending("n")), Sorts.ascending("t", "seq"),
                Sorts.ascending("_id"), Sorts.descending("_id"), Sorts.ascending("a"), Sorts.ascending("seq"),
                Sorts.descending("u"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void everyCountAnswersAsTheServersOwnAggregationDoes(String name, Supplier<MongoBackend> backend) {
        Twins twins = twins(backend, things(new Random(20261203), 300));
        MongoCollection<Document> reference = twins.reference();
        MongoCollection<Document> indexed = twins.indexed();

        for (Bson filter : filters()) {
            assertThat(indexed.countDocuments(filter)).as("count of %s", filter).isEqualTo(reference.countDocuments(filter));
            CountOptions page = new CountOptions().skip(3).limit(40);
            assertThat(indexed.countDocuments(filter, page)).as("count of %s, skip and limit", filter)
                    .isEqualTo(reference.countDocuments(filter, page));
        }
        CountOptions collated = new CountOptions().collation(Collation.builder().locale("vi").build());
        assertThat(indexed.countDocuments(eq("s", "an"), collated)).as("an aggregation the count does not answer")
                .isEqualTo(reference.countDocuments(eq("s", "an"), collated));
        List<Bson> bySpelling = List.of(Aggregates.match(gt("n", 5)), Aggregates.group("$s", Accumulators.sum("n", 1)),
                Aggregates.sort(Sorts.ascending("_id")));
        assertThat(indexed.aggregate(bySpelling).into(new ArrayList<>()))
                .as("other aggregations still run as the server runs them")
                .isEqualTo(reference.aggregate(bySpelling).into(new ArrayList<>()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void everyQueryAnswersAsTheServerWithoutIndexesDoes(String name, Supplier<MongoBackend> backend) {
        Random random = new Random(20261202);
        Twins twins = twins(backend, things(random, 400));
        MongoCollection<Document> reference = twins.reference();
        MongoCollection<Document> indexed = twins.indexed();

        compareAll(reference, indexed);

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 60; i++) {
                int u = random.nextInt(400);
                Bson change = switch (random.nextInt(8)) {
                    case 0 -> Updates.set("n", random.nextInt(20));
                    case 1 -> Updates.set("s", "cao");
                    case 2 -> Updates.set("a", List.of(random.nextInt(10), random.nextInt(10)));
                    // the same number as another type, a long no double holds exactly, a negative zero
                    case 3 -> Updates.set("n", (long) random.nextInt(20));
                    case 4 -> Updates.set("n", random.nextInt(20) + 0.0);
                    case 5 -> Updates.set("n", random.nextBoolean() ? LONG_BEYOND_DOUBLES : -0.0);
                    case 6 -> Updates.set("sub", new Document("x", random.nextInt(6)));
                    default -> Updates.unset("n");
                };
                reference.updateOne(eq("u", u), change);
                indexed.updateOne(eq("u", u), change);
            }
            for (int i = 0; i < 20; i++) {
                Bson gone = eq("u", random.nextInt(400));
                reference.deleteOne(gone);
                indexed.deleteOne(gone);
            }
            List<Document> more = things(random, 30);
            int offset = 1000 * (round + 1);
            more.forEach(thing -> {
                thing.put("u", offset + thing.getInteger("u"));
                thing.put("agg", "agg-" + offset + "-" + thing.getString("agg"));
            });
            reference.insertMany(more);
            indexed.insertMany(more);
            compareAll(reference, indexed);
        }
    }

    /**
     * A page of many matching documents is read along an index that gives its order when that
     * looks at fewer documents than reading and sorting every match, and the other way when the
     * matches lie far along that order: the answers are the server's either way.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void pagesOfManyMatchesAnswerAsTheServerWithoutIndexesDoes(String name, Supplier<MongoBackend> backend) {
        Random random = new Random(20261204);
        List<Document> things = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Document thing = new Document("_id", new ObjectId()).append("u", i).append("agg", "agg-" + i).append("seq", 0L)
                    .append("s", i >= 1_800 ? "an" : i % 2 == 0 ? "bình" : "cao")
                    .append("t", String.format("2026-12-%02dT10:%02d:00Z", 1 + random.nextInt(3), random.nextInt(60)));
            if (random.nextInt(4) > 0) {
                thing.append("n", random.nextInt(20));
            }
            things.add(thing);
        }
        Twins twins = twins(backend, things);
        MongoCollection<Document> reference = twins.reference();
        MongoCollection<Document> indexed = twins.indexed();

        List<Bson> filters = List.of(eq("s", "an"), in("s", List.of("bình", "cao")), and(in("s", List.of("an", "cao")), gt("n", 3)),
                and(eq("s", "an"), ne("n", 7)), ne("s", "cao"));
        List<Bson> sorts = List.of(Sorts.ascending("u"), Sorts.descending("u"), Sorts.ascending("t", "seq"), Sorts.ascending("n"),
                Sorts.descending("n"));
        for (Bson filter : filters) {
            assertThat(indexed.countDocuments(filter)).as("count %s", filter).isEqualTo(reference.countDocuments(filter));
            for (Bson sort : sorts) {
                for (int[] skipAndLimit : new int[][] {{0, 20}, {100, 20}, {1_190, 20}, {0, 1_500}}) {
                    comparePage(reference, indexed, filter, sort, skipAndLimit, ids(reference.find(filter)));
                }
            }
        }
    }

    private static void compareAll(MongoCollection<Document> reference, MongoCollection<Document> indexed) {
        for (Bson filter : filters()) {
            assertThat(indexed.countDocuments(filter)).as("count %s", filter).isEqualTo(reference.countDocuments(filter));
            List<Document> found = indexed.find(filter).batchSize(7).into(new ArrayList<>());
            assertThat(ids(found)).as("find %s", filter).isEqualTo(ids(reference.find(filter)));
            assertThat(found).as("find %s, each document once", filter).hasSameSizeAs(ids(found));
            for (Bson sort : sorts()) {
                List<Document> all = reference.find(filter).sort(sort).into(new ArrayList<>());
                List<Document> allIndexed = indexed.find(filter).sort(sort).batchSize(3).into(new ArrayList<>());
                assertThat(ids(allIndexed)).as("find %s sort %s", filter, sort).isEqualTo(ids(all));
                assertThat(sortKeys(allIndexed, sort)).as("order of %s sort %s", filter, sort)
                        .isEqualTo(sortKeys(all, sort));
                for (int[] skipAndLimit : new int[][] {{0, 5}, {3, 4}}) {
                    comparePage(reference, indexed, filter, sort, skipAndLimit, ids(all));
                }
            }
            List<Document> projected = indexed.find(filter).sort(Sorts.ascending("t", "seq"))
                    .projection(Projections.include("u")).batchSize(4).into(new ArrayList<>());
            assertThat(projected).allMatch(document -> document.keySet().equals(Set.of("_id", "u")) || document.keySet().equals(Set.of("_id")));
            assertThat(ids(projected)).isEqualTo(ids(reference.find(filter)));
        }
    }

    private static void comparePage(MongoCollection<Document> reference, MongoCollection<Document> indexed, Bson filter,
                                    Bson sort, int[] skipAndLimit, Set<Object> matching) {
        List<Document> page = indexed.find(filter).sort(sort).skip(skipAndLimit[0]).limit(skipAndLimit[1])
                .into(new ArrayList<>());
        List<Document> expected = reference.find(filter).sort(sort).skip(skipAndLimit[0]).limit(skipAndLimit[1])
                .into(new ArrayList<>());
        assertThat(sortKeys(page, sort)).as("page %s of %s sort %s", List.of(skipAndLimit[0], skipAndLimit[1]), filter, sort)
                .isEqualTo(sortKeys(expected, sort));
        assertThat(matching).as("page %s of %s sort %s matches", List.of(skipAndLimit[0], skipAndLimit[1]), filter, sort)
                .containsAll(ids(page));
    }

    private static Set<Object> ids(Iterable<Document> documents) {
        Set<Object> ids = new HashSet<>();
        for (Document document : documents) {
            ids.add(document.get("_id"));
        }
        return ids;
    }

    /** The values a sort orders by, which any correct answer gives in the same sequence, whatever it does with ties. */
    private static List<List<Object>> sortKeys(List<Document> documents, Bson sort) {
        Set<String> fields = sort.toBsonDocument().keySet();
        return documents.stream().map(document -> fields.stream().map(field -> sortValue(document.get(field)))
                .toList()).toList();
    }

    /** An array sorts ascending by its least element; numbers of any type by their value (-0.0 as 0.0, its equal). */
    private static Object sortValue(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(IndexedQueriesTest::sortValue).filter(java.util.Objects::nonNull)
                    .map(element -> (Double) element).min(Double::compare).orElse(null);
        }
        return value instanceof Number number ? (Object) (number.doubleValue() + 0.0) : value;
    }
}
