package io.github.demarche.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.Dossier;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.StanceTarget;
import org.junit.jupiter.api.Test;

/** The README's analysis snippet, as code, so that it stays true. */
class ReadmeAnalysisTest {

    @Test
    void the_readme_snippet_works_as_written() {
        Dossier article = ReferenceArticleFixture.dossier();
        ActorDirectory directory = ActorDirectory.of(article);
        assertThat(directory.resolve("Beijing").found()).contains(ReferenceArticleFixture.CHINA_GOV);
        assertThat(directory.resolve("U.N").found()).contains(ReferenceArticleFixture.UN);

        StanceAlignment onSituation = StanceAlignment.of(article.statements(),
                StanceTarget.topic("the situation in Myanmar", "myanmar-situation"));
        assertThat(onSituation.verdict(ReferenceArticleFixture.CHINA, ReferenceArticleFixture.RUSSIA))
                .isEqualTo(AlignmentVerdict.ALIGNED);

        assertThat(CasualtyReconciliation.byScope(article.casualtyReports()))
                .singleElement()
                .satisfies(reconciliation -> assertThat(reconciliation.current()).contains(ReferenceArticleFixture.KILLED));
    }
}
