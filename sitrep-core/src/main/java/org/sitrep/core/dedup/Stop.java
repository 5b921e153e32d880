package org.sitrep.core.dedup;

import java.util.Set;

/** English function words ignored by sentence signatures. */
final class Stop {
    static final Set<String> WORDS = Set.copyOf(java.util.List.of(
            "about", "above", "after", "again", "against", "also", "although", "among", "been", "before", "being",
            "below", "between", "both", "could", "does", "doing", "down", "during", "each", "from", "further",
            "have", "having", "here", "hers", "herself", "himself", "into", "itself", "just", "more", "most",
            "much", "must", "myself", "only", "other", "ours", "over", "said", "same", "says", "should", "some",
            "such", "than", "that", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
            "this", "those", "through", "under", "until", "very", "were", "what", "when", "where", "which",
            "while", "whom", "will", "with", "would", "your", "yours", "yourself", "according", "told", "since",
            "because", "many", "several", "however", "still", "well", "even", "like", "made", "make", "may",
            "might", "upon", "within", "without", "across", "around", "along", "being", "came", "come", "first",
            "last", "another", "every", "whose", "onto", "thus", "though", "among"));

    private Stop() {
    }
}
