package org.sitrep.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.sitrep.testkit.store.StoreFixtures.article;
import static org.sitrep.testkit.store.StoreFixtures.incident;
import static org.sitrep.testkit.store.StoreFixtures.numbered;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.store.IncidentDetail;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.core.store.SearchHit;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Store.PutStatus;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.DuplicateKind;
import org.sitrep.model.Incident;

/**
 * The behaviour every {@link Store} implementation must have. Extend it and implement
 * {@link #open(Path)}: the implementation is tested for idempotent puts, revisions, commit visibility and
 * durability, reopening, facts and dedup decisions, aliases after merges, full-text search, threads and
 * bad arguments, plus (inherited from {@link IncidentQueryContract}) incident filters and paging and (from
 * {@link IncidentEventContract}) the history of merges and splits.
 */
public abstract class StoreContract extends IncidentQueryContract {
    @Test
    void emptyStore_readsReturnNothing() {
        Store s = store();
        assertThat(s.articleCount()).isZero();
        assertThat(s.incidentCount()).isZero();
        assertThat(s.article("x")).isEmpty();
        assertThat(s.facts("x")).isEmpty();
        assertThat(s.dedup("x")).isEmpty();
        assertThat(s.incident("x")).isEmpty();
        assertThat(s.incidentOf("x")).isEmpty();
        assertThat(s.incidents(IncidentQuery.all(10))).isEmpty();
        assertThat(s.search("fire", 10)).isEmpty();
        assertThat(s.findExisting(art("a", "nothing stored"))).isEmpty();
        List<Article> seen = new ArrayList<>();
        s.forEachArticle(seen::add);
        assertThat(seen).isEmpty();
        s.commit();
    }

    @Test
    void putArticle_new_isNewAndReadableAsStored() {
        Store s = store();
        Article a = art("a1", "A warehouse fire in Brackenford injured four workers.");
        assertThat(s.putArticle(a)).isEqualTo(PutStatus.NEW);
        assertThat(s.article("a1")).contains(a);
        assertThat(s.articleCount()).isEqualTo(1);
    }

    @Test
    void putArticle_sameContentAgain_unchangedEvenUnderAnotherIdOrUrl() {
        Store s = store();
        Article a = art("a1", "Flooding closed the ring road for a day.");
        s.putArticle(a);
        assertThat(s.putArticle(a)).isEqualTo(PutStatus.UNCHANGED);
        Article copy = article("copy", a.title(), a.text(), "https://mirror.example.net/x");
        assertThat(s.putArticle(copy)).isEqualTo(PutStatus.UNCHANGED);
        assertThat(s.findExisting(copy)).contains("a1");
        assertThat(s.articleCount()).isEqualTo(1);
        assertThat(s.article("copy")).isEmpty();
    }

    @Test
    void putArticle_sameCanonicalUrlNewText_revisionKeepsIdAndLatestText() {
        Store s = store();
        Article v1 = article("v1", "Blast at depot", "An explosion hit a fuel depot; two hurt.", "https://example.org/depot");
        Article v2 = article("v2", "Blast at depot", "An explosion hit a fuel depot; seven hurt, one missing.",
                "https://example.org/depot");
        s.putArticle(v1);
        assertThat(s.putArticle(v2)).isEqualTo(PutStatus.REVISION);
        assertThat(s.articleCount()).isEqualTo(1);
        Article stored = s.article("v1").orElseThrow();
        assertThat(stored.text()).isEqualTo(v2.text());
        assertThat(stored.contentHash()).isEqualTo(v2.contentHash());
        assertThat(s.article("v2")).isEmpty();
        assertThat(s.findExisting(v2)).contains("v1");
        assertThat(s.search("missing", 5)).extracting(SearchHit::articleId).containsExactly("v1");
        assertThat(s.search("two", 5)).isEmpty();
        // a stale copy of the first version comes back: nothing changes
        assertThat(s.putArticle(v1)).isEqualTo(PutStatus.UNCHANGED);
        assertThat(s.article("v1").orElseThrow().text()).isEqualTo(v2.text());
    }

    @Test
    void putArticle_sameIdNewTextWithoutUrl_revision() {
        Store s = store();
        s.putArticle(article("n1", "Storm", "Wind damaged roofs.", null));
        assertThat(s.putArticle(article("n1", "Storm", "Wind damaged roofs and felled trees.", null)))
                .isEqualTo(PutStatus.REVISION);
        assertThat(s.article("n1").orElseThrow().text()).endsWith("felled trees.");
        assertThat(s.articleCount()).isEqualTo(1);
    }

    @Test
    void findExisting_byHashOrCanonicalUrl_elseEmpty() {
        Store s = store();
        s.putArticle(art("a1", "Text one."));
        assertThat(s.findExisting(article("zz", "Title a1", "Text one.", null))).contains("a1");
        assertThat(s.findExisting(article("zz", "Other", "Other text.", "https://example.org/news/a1"))).contains("a1");
        assertThat(s.findExisting(article("zz", "Other", "Other text.", "https://example.org/news/zz"))).isEmpty();
    }

    @Test
    void forEachArticle_givesArrivalOrder() {
        Store s = store();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Article a = numbered("order", (i * 7) % 30);
            s.putArticle(a);
            ids.add(a.id());
        }
        s.commit();
        List<String> seen = new ArrayList<>();
        s.forEachArticle(a -> seen.add(a.id()));
        assertThat(seen).isEqualTo(ids);
    }

    @Test
    void commit_uncommittedWritesVisibleHereButLostOnCloseWithoutCommit() {
        Store s = store();
        Article kept = art("kept", "Committed report about a bridge collapse.");
        s.putArticle(kept);
        s.commit();
        Article lost = art("lost", "Uncommitted report about a tunnel flood.");
        s.putArticle(lost);
        s.putFacts(StoreFixtures.facts(lost, 1, 2));
        s.putIncident(incident("inc-lost", List.of("lost"), LocalDate.of(2024, 1, 2)));
        assertThat(s.article("lost")).isPresent();
        assertThat(s.incident("inc-lost")).isPresent();
        assertThat(s.search("tunnel", 5)).extracting(SearchHit::articleId).containsExactly("lost");

        s = reopen(s);
        assertThat(s.article("kept")).contains(kept);
        assertThat(s.article("lost")).isEmpty();
        assertThat(s.facts("lost")).isEmpty();
        assertThat(s.incident("inc-lost")).isEmpty();
        assertThat(s.search("tunnel", 5)).isEmpty();
        assertThat(s.search("bridge", 5)).extracting(SearchHit::articleId).containsExactly("kept");
        // the discarded batch does not get in the way of writing the same things again
        assertThat(s.putArticle(lost)).isEqualTo(PutStatus.NEW);
    }

    @Test
    void reopen_afterCommit_everythingPersists() {
        Store s = store();
        Article a = art("a1", "Shelling damaged a school in Brackenford.");
        Article b = art("b1", "A school in Brackenford was damaged by shelling overnight.");
        s.putArticle(a);
        s.putArticle(b);
        ArticleFacts fa = StoreFixtures.facts(a, 3, 9);
        s.putFacts(fa);
        DedupDecision d = new DedupDecision("b1", "a1", "a1", DuplicateKind.NEAR, 0.83, "a1");
        s.putDedup(d);
        Incident inc = incident("i1", List.of("a1", "b1"), LocalDate.of(2024, 3, 13), "Brackenford", "Northshire", "GB",
                52.5, -1.5, "Explosions|Shelling", 3, 9, List.of("i0"));
        s.putIncident(inc);
        s.commit();

        s = reopen(s);
        assertThat(s.articleCount()).isEqualTo(2);
        assertThat(s.article("a1")).contains(a);
        assertThat(s.facts("a1")).contains(fa);
        assertThat(s.dedup("b1")).contains(d);
        assertThat(s.incident("i1")).contains(inc);
        assertThat(s.incident("i0")).contains(inc);
        assertThat(s.incidentOf("b1")).contains("i1");
        assertThat(s.incidentCount()).isEqualTo(1);
        assertThat(s.search("shelling school", 5)).extracting(SearchHit::articleId).containsExactlyInAnyOrder("a1", "b1");
    }

    @Test
    void putFacts_roundTripsAndReplaces() {
        Store s = store();
        Article a = art("a1", "A depot fire hurt people in Brackenford on Tuesday morning.");
        s.putArticle(a);
        ArticleFacts first = StoreFixtures.facts(a, 1, 2);
        s.putFacts(first);
        assertThat(s.facts("a1")).contains(first);
        ArticleFacts second = StoreFixtures.facts(a, 5, 6);
        s.putFacts(second);
        assertThat(s.facts("a1")).contains(second);
        s.putFacts(ArticleFacts.empty("a1"));
        assertThat(s.facts("a1")).contains(ArticleFacts.empty("a1"));
    }

    @Test
    void putFacts_unknownArticle_throwsNamingIt() {
        Store s = store();
        assertThatThrownBy(() -> s.putFacts(ArticleFacts.empty("ghost")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ghost");
        assertThatThrownBy(() -> s.putDedup(DedupDecision.original("ghost")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ghost");
    }

    @Test
    void putDedup_roundTripsOriginalsAndCopies() {
        Store s = store();
        s.putArticle(art("a1", "One."));
        s.putArticle(art("a2", "Two."));
        s.putDedup(DedupDecision.original("a1"));
        DedupDecision copy = new DedupDecision("a2", "a1", "a1", DuplicateKind.TRANSLATION, 0.71, "a1");
        s.putDedup(copy);
        assertThat(s.dedup("a1")).contains(DedupDecision.original("a1"));
        assertThat(s.dedup("a2")).contains(copy);
        DedupDecision changed = new DedupDecision("a2", "a2", "a2", null, 0, null);
        s.putDedup(changed);
        assertThat(s.dedup("a2")).contains(changed);
    }

    @Test
    void putIncident_roundTripsAndRecordsMembership() {
        Store s = store();
        s.putArticle(art("a1", "One."));
        s.putArticle(art("a2", "Two."));
        Incident inc = incident("i1", List.of("a1", "a2"), LocalDate.of(2024, 5, 1), "Brackenford", null, "GB",
                52.5, -1.5, "Fire", 2, null, List.of());
        s.putIncident(inc);
        assertThat(s.incident("i1")).contains(inc);
        assertThat(s.incidentOf("a1")).contains("i1");
        assertThat(s.incidentOf("a2")).contains("i1");
        assertThat(s.incidentCount()).isEqualTo(1);
        Incident smaller = incident("i1", List.of("a1"), LocalDate.of(2024, 5, 1));
        s.putIncident(smaller);
        assertThat(s.incident("i1")).contains(smaller);
        assertThat(s.incidentOf("a2")).isEmpty();
        assertThat(s.incidentCount()).isEqualTo(1);
    }

    @Test
    void incidentDetail_sameAsTheSingleReads_byIdOrAlias() {
        Store s = store();
        for (String id : List.of("a1", "a2", "a3")) s.putArticle(art(id, "Report " + id + "."));
        s.putDedup(DedupDecision.original("a1"));
        DedupDecision copy = new DedupDecision("a3", "a1", "a1", DuplicateKind.NEAR, 0.8, "a1");
        s.putDedup(copy);
        s.putIncident(incident("B", List.of("a2"), null));
        s.commit();
        Incident merged = incident("A", List.of("a3", "a1", "a2"), LocalDate.of(2024, 1, 1), null, null, null, null,
                null, null, null, null, List.of("B"));
        s.putIncident(merged);
        s.removeIncident("B");
        for (int round = 0; round < 2; round++) {
            for (String asked : List.of("A", "B")) {
                IncidentDetail d = s.incidentDetail(asked).orElseThrow();
                assertThat(d.incident()).isEqualTo(merged);
                assertThat(d.articles()).containsExactly(s.article("a3").orElseThrow(), s.article("a1").orElseThrow(),
                        s.article("a2").orElseThrow());
                assertThat(d.decisions()).containsOnly(entry("a1", DedupDecision.original("a1")), entry("a3", copy));
            }
            s.commit();
        }
        assertThat(s.incidentDetail("nope")).isEmpty();
        assertThat(s.incidentDetail(null)).isEmpty();
    }

    @Test
    void putIncident_unstoredMember_throwsNamingIt() {
        Store s = store();
        s.putArticle(art("a1", "One."));
        assertThatThrownBy(() -> s.putIncident(incident("i1", List.of("a1", "ghost"), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ghost");
        assertThat(s.incident("i1")).isEmpty();
    }

    @Test
    void removeIncident_afterMerge_aliasResolvesToSurvivor() {
        Store s = store();
        for (String id : List.of("a1", "a2", "a3")) s.putArticle(art(id, "Report " + id + "."));
        s.putIncident(incident("A", List.of("a1"), LocalDate.of(2024, 1, 1)));
        s.putIncident(incident("B", List.of("a2", "a3"), LocalDate.of(2024, 1, 1)));
        s.commit();
        Incident merged = incident("A", List.of("a1", "a2", "a3"), LocalDate.of(2024, 1, 1), null, null, null, null,
                null, null, null, null, List.of("B"));
        s.putIncident(merged);
        s.removeIncident("B");
        s.commit();
        s = reopen(s);
        assertThat(s.incident("B")).contains(merged);
        assertThat(s.incident("A")).contains(merged);
        assertThat(s.incidentOf("a3")).contains("A");
        assertThat(s.incidentCount()).isEqualTo(1);
        assertThat(s.incidents(IncidentQuery.all(10))).containsExactly(merged);
    }

    @Test
    void removeIncident_chainOfMerges_resolvesToLastSurvivor() {
        Store s = store();
        for (String id : List.of("a1", "a2", "a3")) s.putArticle(art(id, "Report " + id + "."));
        s.putIncident(incident("A", List.of("a1"), null));
        s.putIncident(incident("B", List.of("a2"), null));
        s.putIncident(incident("C", List.of("a3"), null));
        s.putIncident(incident("B", List.of("a1", "a2"), null, null, null, null, null, null, null, null, null, List.of("A")));
        s.removeIncident("A");
        Incident c = incident("C", List.of("a1", "a2", "a3"), null, null, null, null, null, null, null, null, null,
                List.of("B"));
        s.putIncident(c);
        s.removeIncident("B");
        assertThat(s.incident("A")).contains(c);
        assertThat(s.incident("B")).contains(c);
        assertThat(s.incidentCount()).isEqualTo(1);
    }

    @Test
    void removeIncident_notAnAlias_throws() {
        Store s = store();
        s.putArticle(art("a1", "One."));
        s.putIncident(incident("A", List.of("a1"), null));
        assertThatThrownBy(() -> s.removeIncident("A")).isInstanceOf(IllegalStateException.class).hasMessageContaining("A");
        assertThatThrownBy(() -> s.removeIncident("nope")).isInstanceOf(IllegalStateException.class);
        assertThat(s.incident("A")).isPresent();
    }

    @Test
    void search_ranksMatchesWithSnippetsAndRespectsLimit() {
        Store s = store();
        s.putArticle(article("t1", "Ferry capsizes near harbour", "A ferry capsized near the harbour wall. "
                + "Rescuers pulled twelve passengers from the water.", "https://example.org/t1"));
        s.putArticle(article("t2", "Council meeting", "The council discussed bus timetables. A ferry timetable "
                + "was also mentioned in passing.", "https://example.org/t2"));
        s.putArticle(article("t3", "Weather", "Sunny spells and light winds are expected.", "https://example.org/t3"));
        List<SearchHit> hits = s.search("ferry", 10);
        assertThat(hits).extracting(SearchHit::articleId).containsExactly("t1", "t2");
        assertThat(hits.get(0).title()).isEqualTo("Ferry capsizes near harbour");
        assertThat(hits.get(0).snippet()).containsIgnoringCase("ferry");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(s.search("ferry", 1)).hasSize(1);
        assertThat(s.search("rescuers passengers", 10)).extracting(SearchHit::articleId).containsExactly("t1");
        assertThat(s.search("capsizing", 10)).extracting(SearchHit::articleId).containsExactly("t1");
        assertThat(s.search("volcano", 10)).isEmpty();
    }

    @Test
    void search_oddInput_neverThrowsAndBadLimitIsRejected() {
        Store s = store();
        s.putArticle(art("a1", "A (bracketed) remark about \"quotes\" and AND/OR words."));
        assertThat(s.search("", 5)).isEmpty();
        assertThat(s.search("   ", 5)).isEmpty();
        for (String q : List.of("\"unclosed", "(bracketed", "AND", "*", "a:b:c", "bracketed)", "~~", "\\")) {
            assertThat(s.search(q, 5)).as(q).isNotNull();
        }
        assertThat(s.search("(bracketed", 5)).extracting(SearchHit::articleId).containsExactly("a1");
        assertThatThrownBy(() -> s.search("x", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.search("x", 10_001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threads_concurrentWritersAndReaders_allWritesLand() throws Exception {
        Store s = store();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        s.putArticle(numbered("t" + thread, i));
                        if (i % 5 == 0) s.search("depot", 3);
                        s.article("t" + thread + "-" + i);
                        s.articleCount();
                        if (i % 8 == 7) s.commit();
                    }
                }));
            }
            for (Future<?> f : jobs) f.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        s.commit();
        assertThat(s.articleCount()).isEqualTo(100);
        assertThat(reopen(s).articleCount()).isEqualTo(100);
    }
}
