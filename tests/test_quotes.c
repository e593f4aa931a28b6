/* Statement extraction and attribution: one small original example per pattern. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "saywho/quotes.h"

#include <stdio.h>
#include <string.h>

/* A statement as the tests describe it: kind, content (fragments joined by " | "), speaker,
 * cue and addressee; NULL where absent. */
typedef struct want {
    const char *kind, *content, *speaker, *cue, *addressee;
} want;

static void span_str(const char *text, saywho_span s, char *buf, size_t n) {
    size_t len = s.end - s.start;
    if (len >= n) len = n - 1;
    memcpy(buf, text + s.start, len);
    buf[len] = '\0';
}

static void check(const char *article, const want *w, size_t nw) {
    saywho_doc *d = NULL;
    assert_int_equal(saywho_doc_new(article, strlen(article), NULL, &d, NULL), SAYWHO_OK);
    saywho_statements *list;
    assert_int_equal(saywho_statements_find(d, &list), SAYWHO_OK);
    size_t n;
    const saywho_statement *st = saywho_statements_get(list, &n);
    const char *text = saywho_doc_text(d, NULL);
    char got[4096] = "", exp[4096] = "";
    for (size_t i = 0; i < n; i++) {
        char content[1024] = "", frag[512], cue[128] = "";
        for (int f = 0; f < st[i].n_content; f++) {
            span_str(text, st[i].content[f], frag, sizeof frag);
            if (f) strcat(content, " | ");
            strcat(content, frag);
        }
        span_str(text, st[i].cue, cue, sizeof cue);
        snprintf(got + strlen(got), sizeof got - strlen(got), "%s [%s] speaker=%s cue=%s to=%s\n",
                 saywho_kind_name(st[i].kind), content, st[i].speaker ? st[i].speaker : "-",
                 cue[0] ? cue : "-", st[i].addressee_name ? st[i].addressee_name : "-");
    }
    for (size_t i = 0; i < nw; i++)
        snprintf(exp + strlen(exp), sizeof exp - strlen(exp), "%s [%s] speaker=%s cue=%s to=%s\n",
                 w[i].kind, w[i].content, w[i].speaker ? w[i].speaker : "-",
                 w[i].cue ? w[i].cue : "-", w[i].addressee ? w[i].addressee : "-");
    assert_string_equal(got, exp);
    saywho_statements_free(list);
    saywho_doc_free(d);
}

static void test_direct_both_orders(void **state) {
    (void)state;
    const want w[] = {
        {"direct", "We will not sign this text", "Adaeze Okafor", "said", NULL},
        {"direct", "Nobody wants a trade war", "Adaeze Okafor", "said", NULL},
    };
    check("Nigeria’s trade minister, Adaeze Okafor, flew to Brussels on Monday.\n\n"
          "“We will not sign this text,” said Okafor.\n\n"
          "“Nobody wants a trade war,” Okafor said.\n",
          w, 2);
}

static void test_multi_sentence_and_paragraph(void **state) {
    (void)state;
    const want w[] = {
        {"direct", "The mills are closing. Workers are leaving Kaduna", "Bello Yakubu", "said",
         NULL},
        {"direct", "We asked for help in March. | Nobody came", "Bello Yakubu", "said", NULL},
    };
    check("Union leader Bello Yakubu spoke outside the plant.\n\n"
          "“The mills are closing. Workers are leaving Kaduna,” Yakubu said.\n\n"
          "“We asked for help in March.\n\n"
          "“Nobody came,” he said.\n",
          w, 2);
}

static void test_partial_in_reported_speech(void **state) {
    (void)state;
    const want w[] = {
        {"partial", "drop the steel quotas by spring", "Adaeze Okafor", "told", "Henrik Lindqvist"},
    };
    check("Adaeze Okafor met EU trade commissioner Henrik Lindqvist in Brussels.\n\n"
          "Okafor told Lindqvist the EU should “drop the steel quotas by spring.”\n",
          w, 1);
}

static void test_nested_and_scare_quotes(void **state) {
    (void)state;
    const want w[] = {
        {"direct", "Nobody wants what some call ‘temporary’ measures to last forever",
         "Marta Quiroga", "said", NULL},
    };
    check("The so-called “green corridor” was on the agenda.\n\n"
          "“Nobody wants what some call ‘temporary’ measures to last forever,” said "
          "Marta Quiroga, a senior official.\n",
          w, 1);
}

static void test_reported_speech(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the bloc would review the quotas in March", "the European Commission", "said",
         NULL},
        {"indirect", "the delay was costing jobs", "Ines Barros", "said", NULL},
        {"indirect", "drop the case", "Ines Barros", "urged", "the ministry"},
        {"indirect", "exports fell 12 percent in October", "the ministry’s readout", "According to",
         NULL},
    };
    check("The European Commission said the bloc would review the quotas in March.\n\n"
          "Ines Barros, who heads the exporters’ association, said that the delay was costing "
          "jobs.\n\n"
          "She urged the ministry to drop the case.\n\n"
          "According to the ministry’s readout, exports fell 12 percent in October.\n",
          w, 4);
}

static void test_sentence_final_attribution(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "Talks on the fishing quota will resume in Dakar in March", "officials",
         "said", NULL},
    };
    check("Talks on the fishing quota will resume in Dakar in March, officials said.\n", w, 1);
}

static void test_pronouns_and_short_forms(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the port would reopen on Friday", "the Port Authority of Valencia", "said",
         NULL},
        {"direct", "We have cleared the main channel", "the Port Authority of Valencia", "said",
         NULL},
        {"direct", "Our members lost a week of work", "Rosa Ferrer", "said", NULL},
        {"direct", "This must never happen again", "Rosa Ferrer", "added", NULL},
    };
    check("The Port Authority of Valencia said the port would reopen on Friday.\n\n"
          "“We have cleared the main channel,” the authority said.\n\n"
          "Dockers’ leader Rosa Ferrer was less patient. “Our members lost a week of work,” "
          "Ferrer said.\n\n"
          "“This must never happen again,” she added.\n",
          w, 4);
}

static void test_floating_and_colon(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the deal had saved her farm", "Pilar Mudarra", "said", NULL},
        {"direct", "My father cried when the trees came out", "Pilar Mudarra", "said", NULL},
        {"direct", "We were never asked", "Tomás Vidal", ":", NULL},
    };
    check("Pilar Mudarra, who leased land to a developer, said the deal had saved her farm.\n\n"
          "“My father cried when the trees came out.”\n\n"
          "Neighbour Tomás Vidal was blunt: “We were never asked.”\n",
          w, 3);
}

/* A quote paragraph with no cue after a sentence that opens with a person: that person. */
static void test_lead_in_sentence(void **state) {
    (void)state;
    const want w[] = {
        {"direct", "The crane is sound. The rail under it is not", "Lindiwe Dube", "sounded", NULL},
        {"direct", "We will fix it by March", "Lindiwe Dube", "said", NULL},
    };
    check("The port authority’s chief engineer, Lindiwe Dube, sounded cautious after the "
          "inspection.\n\n“The crane is sound. The rail under it is not.”\n\n"
          "“We will fix it by March,” she said.\n",
          w, 2);
}

/* Speakers described by a phrase: a group at a place, a person of an organisation, a name
 * before two appositives, a colon after a relative clause, a company after its descriptor. */
static void test_described_speakers(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the rate cut would come in June", "economists at Harbourline Securities",
         "said", NULL},
        {"indirect", "prices had doubled since the harvest", "Kofi Asante", "said", NULL},
        {"direct", "Rents rose faster than wages again", "Irene Kowal", "said", NULL},
        {"direct", "We cannot pay this", "Mateo Quispe", ":", NULL},
        {"indirect", "it would appeal", "Halden Motors", "said", NULL},
        {"indirect", "a deal was close", "a person familiar with the talks", "said", NULL},
    };
    check("Economists at Harbourline Securities said the rate cut would come in June.\n\n"
          "Kofi Asante of the Volta Growers Association said prices had doubled since the "
          "harvest.\n\n"
          "Irene Kowal, head of policy at the Tenants Forum, a housing charity, said: “Rents rose "
          "faster than wages again.”\n\n"
          "Mateo Quispe, who drives a minibus in El Alto, was blunter: “We cannot pay this.”\n\n"
          "The regulator fined carmaker Halden Motors on Monday. Halden said it would appeal.\n\n"
          "A person familiar with the talks said a deal was close.\n",
          w, 6);
}

/* Documents named with their author or subject, a body named with "and", "it" for the body
 * that just spoke, and "the chairwoman" for a person introduced as "who chairs". */
static void test_documents_and_bodies(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the two ports would share berths from May",
         "a readout issued by the transport ministry", "According to", NULL},
        {"indirect", "The toll would be reviewed in a year", "a joint statement", "according to",
         NULL},
        {"indirect", "it would study the berth plan", "the Coastal Shipping and Logistics Council",
         "said", NULL},
        {"indirect", "its members were ready to test the scheme",
         "the Coastal Shipping and Logistics Council", "added", NULL},
        {"indirect", "the plan had come too late for this season", "Ruth Okello", "said", NULL},
        {"indirect", "the board would vote in June", "Ruth Okello", "noted", NULL},
    };
    check("According to a readout issued by the transport ministry, the two ports would share "
          "berths from May.\n\n"
          "The toll would be reviewed in a year, according to a joint statement released after "
          "the meeting.\n\n"
          "The Coastal Shipping and Logistics Council said it would study the berth plan. It "
          "added that its members were ready to test the scheme.\n\n"
          "Ruth Okello, who chairs the harbour users’ board, said the plan had come too late for "
          "this season. The chairwoman noted that the board would vote in June.\n",
          w, 6);
}

/* Addressees: a place after "told reporters" is no addressee, "spoke to" in a lead-in names
 * one, and "called X “…”" names none. */
static void test_addressees(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the mine would reopen in April", "Mwila Chanda", "told", "reporters"},
        {"direct", "Every peso of it comes back to us", "Marisol Canché", "spoke", "strikers"},
        {"partial", "a gift to the importers", "Tobias Ahrens", "called", NULL},
    };
    check("Mwila Chanda told reporters in Kitwe that the mine would reopen in April.\n\n"
          "Marisol Canché spoke to strikers from the back of a truck.\n\n"
          "“Every peso of it comes back to us.”\n\n"
          "Tobias Ahrens, an analyst, called the tariff cut “a gift to the importers.”\n",
          w, 3);
}

/* Coordinated reported clauses: "and that" shares the cue, "but noted that" brings its own. */
static void test_coordinated_clauses(void **state) {
    (void)state;
    /* "A and that B" under one cue is one statement (as the corpus marks it); "but noted that
     * C" has a cue of its own and the same speaker; a verb phrase after ", and" ends the clause */
    const want w[] = {
        {"indirect",
         "the ruling was good news for the coast and that it expected to hire divers by the "
         "summer",
         "Slieve Tidal Power", "said", NULL},
        {"indirect", "the state had connected only 40 turbines last year", "Slieve Tidal Power",
         "noted", NULL},
        {"indirect", "it was too early to say who had sent the drones", "Slieve Tidal Power",
         "said", NULL},
    };
    check("Slieve Tidal Power said the ruling was good news for the coast and that it expected "
          "to hire divers by the summer, but noted that the state had connected only 40 "
          "turbines last year.\n\n"
          "It said it was too early to say who had sent the drones, and declined to comment on "
          "the base’s air defences.\n",
          w, 3);
}

/* A pronoun that opens a sentence refers to the subject of the sentence before; a long
 * appositive between the quote and the cue; a lead-in after an opening phrase; "and called". */
static void test_subjects(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the quotas would end in March", "Adaeze Okafor", "said", NULL},
        {"indirect", "member states had to agree first", "Henrik Lindqvist", "said", NULL},
        {"direct", "We are giving ten vials where the protocol says twenty", "Binod Karki", "said",
         NULL},
        {"direct", "Nobody here thinks educators are paid enough", "Luc Bérubé", "addressed",
         "reporters"},
        {"partial", "a burden dropped on parents", "Luc Bérubé", "called", NULL},
        {"indirect", "it would suspend the relocation", "the Urban Coast Network", "said", NULL},
        {"partial", "a one-way ticket to unemployment", "the Urban Coast Network", "called", NULL},
    };
    check("Adaeze Okafor said the quotas would end in March. Henrik Lindqvist, the "
          "commissioner, disagreed. He said member states had to agree first.\n\n"
          "“We are giving ten vials where the protocol says twenty,” Dr. Binod Karki, who runs "
          "the snakebite unit at a public hospital in Bharatpur, said by telephone.\n\n"
          "Later, in the legislature in Quebec City, Luc Bérubé addressed reporters.\n\n"
          "“Nobody here thinks educators are paid enough.”\n\n"
          "Bérubé rejected the offer and called the walkout “a burden dropped on parents.”\n\n"
          "The Urban Coast Network said it would suspend the relocation. It called the "
          "apartment offer “a one-way ticket to unemployment.”\n",
          w, 7);
}

/* More wire phrasing: "expressed concern that", an appositive before a final "told", a name
 * after a descriptor, an unnamed source briefed on talks, a described title in a lead-in, and
 * a partial quote whose nearest cue ("found") has no speaker. */
static void test_wire_phrasing(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the studio had announced the delay too late", "Marta Ilczuk",
         "expressed concern", NULL},
        {"indirect", "Uruguay will take Brazil to the dispute panel", "Sebastián Ferreira", "told",
         "lawmakers"},
        {"indirect", "it would have to cut the price it pays farmers", "Lácteos del Litoral",
         "warned", NULL},
        {"indirect", "Brazil offered to exempt small cooperatives", "a person briefed on the talks",
         "according to", NULL},
        {"direct", "Either you fund these submarines or you give them up", "Johan Visagie", "spoke",
         "Wire"},
        {"partial", "too empty in places", "Agnieszka Szary", "told", "analysts"},
    };
    check("Marta Ilczuk expressed concern that the studio had announced the delay too late.\n\n"
          "Uruguay will take Brazil to the dispute panel, the country’s trade minister, "
          "Sebastián Ferreira, told lawmakers on Wednesday.\n\n"
          "Uruguay’s largest dairy exporter, the cooperative Lácteos del Litoral, warned that it "
          "would have to cut the price it pays farmers.\n\n"
          "Brazil offered to exempt small cooperatives, according to a person briefed on the "
          "talks.\n\n"
          "Retired submarine captain Johan Visagie was blunter when he spoke to Wire.\n\n"
          "“Either you fund these submarines or you give them up.”\n\n"
          "Chief executive Agnieszka Szary told analysts that testers had found the game "
          "“too empty in places.”\n",
          w, 6);
}

/* A quote paragraph named by the paragraph after it ("made the remark", "summed up"), and
 * the words of a banner, which are nobody's. */
static void test_lead_out_and_signs(void **state) {
    (void)state;
    const want w[] = {
        {"direct", "Nobody in this room wanted to keep the trucks waiting", "Samuel Kiprono",
         "remark", NULL},
        {"indirect", "the deal would cut the crossing to 12 hours", "Samuel Kiprono", "said", NULL},
        {"direct", "An island without a ferry is an island without a doctor", "Vesna Marković",
         "summed", NULL},
        {"direct", "Let us sleep", NULL, NULL, NULL},
    };
    check("The ministers signed the accord on Friday.\n\n"
          "“Nobody in this room wanted to keep the trucks waiting.”\n\n"
          "Dr. Samuel Kiprono, a trade lawyer who chaired the talks, made the remark at the "
          "closing session. He said the deal would cut the crossing to 12 hours.\n\n"
          "“An island without a ferry is an island without a doctor.”\n\n"
          "That was how Judge Vesna Marković summed up the case in Split.\n\n"
          "A banner on the railings read: “Let us sleep.”\n",
          w, 4);
}

/* A company known by its industry word, "the company" and "the regulator" for bodies named
 * before, and documents named with their addressee or author. */
static void test_short_forms_of_bodies(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the outage had been fixed within a day", "Austral Móvil", "said", NULL},
        {"indirect", "the fine was the largest it had imposed", "the Coastal Shipping Agency",
         "said", NULL},
        {"indirect", "it would appeal", "Austral Móvil", "said", NULL},
        {"indirect", "pay for training engineers", "the Coastal Shipping Agency", "asked",
         "the transport ministry"},
        {"indirect", "the bonus would equal half a month’s wage", "the company’s notice to staff",
         "said", NULL},
    };
    check("Austral Móvil said the outage had been fixed within a day.\n\n"
          "The Coastal Shipping Agency said the fine was the largest it had imposed. The company "
          "said it would appeal.\n\n"
          "The regulator has also asked the transport ministry to pay for training "
          "engineers.\n\n"
          "The company’s notice to staff said the bonus would equal half a month’s wage.\n",
          w, 5);
}

/* Reported speech in more shapes: "called on X to", "said about 2,600…", a time phrase before
 * the cue, "CLAUSE, X warned, and said CLAUSE2", a passive "were told by", and a reported
 * clause beside a partial quote in the same sentence. */
static void test_reported_shapes(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "publish the flood maps", "Hemi Tāwhai", "called on", "the government"},
        {"indirect", "about 2,600 hectares had been leased for solar farms", "the federation",
         "said", NULL},
        {"indirect", "salt could reach the inlet by July", "researchers", "warned", NULL},
        {"indirect", "Insurers could stop covering thousands of homes",
         "the Reserve Bank of New Zealand", "warned", NULL},
        {"indirect", "such a retreat could hit house prices", "the Reserve Bank of New Zealand",
         "said", NULL},
        {"indirect", "the turbines would bring the town money", "the developer", "told",
         "residents"},
        {"indirect", "winter rainfall had fallen by a fifth", "scientists at the observatory",
         "said", NULL},
        {"partial", "a preview rather than an anomaly", "scientists at the observatory", "warned",
         NULL},
    };
    check("Hemi Tāwhai called on the government to publish the flood maps.\n\n"
          "The federation said about 2,600 hectares had been leased for solar farms.\n\n"
          "Researchers warned last month that salt could reach the inlet by July.\n\n"
          "Insurers could stop covering thousands of homes, the Reserve Bank of New Zealand "
          "warned on Wednesday, and said such a retreat could hit house prices.\n\n"
          "Residents were told by the developer at a meeting in October that the turbines would "
          "bring the town money.\n\n"
          "Scientists at the observatory said winter rainfall had fallen by a fifth, and warned "
          "that the dry winters were “a preview rather than an anomaly.”\n",
          w, 8);
}

/* "hit back" is a cue; a lower-case description before a full name; "she" for the woman
 * named before rather than a later name of unknown gender. */
static void test_names_and_genders(void **state) {
    (void)state;
    const want w[] = {
        {"direct", "The union had our draft in March", "Tanja Kovačič", "hit back", NULL},
        {"direct", "These meadows took thousands of years to grow", "Laia Ferrer", "said", NULL},
        {"indirect", "the plant would reopen soon", "Carolina Ruiz", "said", NULL},
        {"direct", "We respect the right to strike", "Carolina Ruiz", "said", NULL},
    };
    check("Education Minister Tanja Kovačič defended the ban.\n\n"
          "“The union had our draft in March,” Kovačič hit back.\n\n"
          "Its lead author, marine ecologist Laia Ferrer, said: “These meadows took thousands of "
          "years to grow.”\n\n"
          "A company spokeswoman, Carolina Ruiz, said the plant would reopen soon. Valle Verde "
          "Agroexport has lost two export orders this week.\n\n"
          "“We respect the right to strike,” she said.\n",
          w, 4);
}

static void test_unattributed(void **state) {
    (void)state;
    const want w[] = {
        {"direct", "Save our school!", NULL, NULL, NULL},
    };
    check("Parents gathered at the gates on Monday morning with banners.\n\n"
          "“Save our school!”\n",
          w, 1);
}

static void test_given_names_and_roles(void **state) {
    (void)state;
    /* the given name says who "she" is; "the Chilean minister" is the one introduced near Chile */
    const want w[] = {
        {"indirect", "the corridor would open in May", "Ingrid Solberg", "said", NULL},
        {"indirect", "trucks would wait no more than a day", "Tomás Aranda", "said", NULL},
        {"direct", "We will pay for the scanners", "Ingrid Solberg", "said", NULL},
        {"direct", "The scanners arrive in April", "Tomás Aranda", "said", NULL},
    };
    check("Norway’s trade minister, Ingrid Solberg, said the corridor would open in May.\n\n"
          "Her Chilean counterpart, Tomás Aranda, said trucks would wait no more than a day.\n\n"
          "“We will pay for the scanners,” she said.\n\n"
          "“The scanners arrive in April,” the Chilean minister said.\n",
          w, 4);
}

static void test_bodies_and_appositives(void **state) {
    (void)state;
    /* a name the article shows to be a company's; an age and a relative clause after a name;
     * "told X" never names the speaker; a name before a long appositive opens a colon quote */
    const want w[] = {
        {"indirect", "it would appeal", "Kestrel Haulage", "said", NULL},
        {"direct", "We have run lorries here since 1974", "Kestrel Haulage", "said", NULL},
        {"direct", "My father drove the first one", "Owen Pryce", "told", "Wire"},
        {"direct", "The depot floods every spring", "Mared Lloyd", ":", NULL},
    };
    check("Kestrel Haulage, which runs 300 lorries from Newport, said it would appeal.\n\n"
          "“We have run lorries here since 1974,” the company said.\n\n"
          "“My father drove the first one,” Owen Pryce, 61, who manages the depot, told Wire.\n\n"
          "Mared Lloyd, the engineer who surveyed the site for the council, was blunt: "
          "“The depot floods every spring.”\n",
          w, 4);
}

static void test_groups_numbers_and_terms(void **state) {
    (void)state;
    /* a person described by a chain of phrases; a clause that opens with a number; quoted
     * names and terms inside a sentence are no statements */
    const want w[] = {
        {"indirect", "the ward had admitted 40 children since Friday",
         "a nurse at the Regional Hospital in Tamale", "said", NULL},
        {"indirect", "63 percent of members had voted to accept the offer", "the union", "said",
         NULL},
        {"partial", "a sensible compromise", "the union", "called", NULL},
    };
    check("A nurse at the Regional Hospital in Tamale said the ward had admitted 40 children "
          "since Friday.\n\n"
          "The union said 63 percent of members had voted to accept the offer.\n\n"
          "It called the deal “a sensible compromise” for what workers call the “night "
          "shift”, part of the “Fair Hours Now” campaign.\n",
          w, 3);
}

static void test_quote_after_attribution(void **state) {
    (void)state;
    const want w[] = {
        {"direct", "We were ready | Nobody asked us", "Rhys Bowen", "said", NULL},
    };
    check("Rhys Bowen coaches the county side.\n\n"
          "“We were ready,” Bowen said. “Nobody asked us.”\n",
          w, 1);
}

static void test_joined_and_counted_groups(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the buses had not run since Monday", "drivers and mechanics", "said", NULL},
        {"indirect", "the fees had doubled", "a group of 30 tenants", "argued", NULL},
        {"indirect", "the water had reached the stairs",
         "residents of three houses next to the canal in Delft", "said", NULL},
    };
    check("Drivers and mechanics said the buses had not run since Monday.\n\n"
          "A group of 30 tenants argued that the fees had doubled.\n\n"
          "Residents of three houses next to the canal in Delft said the water had reached the "
          "stairs.\n",
          w, 3);
}

static void test_roles_and_company_nouns(void **state) {
    (void)state;
    /* an appositive's head is a role; "the lender" is the company that spoke; a floating quote
     * after a quote that ran over two paragraphs; a colon quote after an opening phrase */
    const want w[] = {
        {"indirect", "the shares had been oversold", "Banco Lirio", "said", NULL},
        {"direct", "We have never hidden a loan", "Banco Lirio", "said", NULL},
        {"direct", "Every patient needs a plan. | Most have none", "Irene Castell", "said", NULL},
        {"direct", "That is what worries me", "Irene Castell", "said", NULL},
        {"direct", "Not this year", "Irene Castell", ":", NULL},
    };
    check("Mexican lender Banco Lirio said the shares had been oversold.\n\n"
          "“We have never hidden a loan,” the lender said.\n\n"
          "Irene Castell, a cardiologist at a clinic in Girona, spoke after the vote.\n\n"
          "“Every patient needs a plan.\n\n"
          "“Most have none,” said the cardiologist.\n\n"
          "“That is what worries me.”\n\n"
          "Asked whether the clinic would reopen, the cardiologist gave a short answer: “Not this "
          "year.”\n",
          w, 5);
}

static void test_framed_speakers(void **state) {
    (void)state;
    /* "For X, …:" quotes; evidence a speaker cites; groups described by who reached them or by
     * a count */
    const want w[] = {
        {"direct", "Nobody told us anything", "Tomasz Wrona", ":", NULL},
        {"partial", "every sign of a concussion", "Lidia Sosa", "said", NULL},
        {"indirect", "they had paid for private therapy", "several veterans interviewed by Wire",
         "said", NULL},
        {"indirect", "they backed the strike", "more than 200 lecturers", "wrote", NULL},
    };
    check("For Tomasz Wrona, who has fished the lake for 30 years, the lesson was simple: "
          "“Nobody told us anything.”\n\n"
          "Lidia Sosa, a neurologist, said the footage showed “every sign of a concussion”.\n\n"
          "Several veterans interviewed by Wire said they had paid for private therapy.\n\n"
          "More than 200 lecturers wrote that they backed the strike.\n",
          w, 4);
}

static void test_people_named_by_role_and_origin(void **state) {
    (void)state;
    /* a role first and the name later; "the Ukrainian"; "she replied" after the person asked;
     * "…, who called X “…”" after two appositives */
    const want w[] = {
        {"indirect", "the transfer had been agreed in May", "Olena Bondar", "said", NULL},
        {"direct", "I will play in Kyiv next year", "Olena Bondar", "added", NULL},
        {"indirect", "she had never been paid", "Olena Bondar", "wrote", NULL},
        {"indirect", "the club would survive", "reporters", "asked", "Hanna Vik"},
        {"direct", "Not this season", "Hanna Vik", "replied", NULL},
        {"partial", "a missed chance", "Mere Tuilau", "called", NULL},
    };
    check("A club official said the transfer had been agreed in May.\n\n"
          "“I will play in Kyiv next year,” added the official, Olena Bondar, a Ukrainian "
          "former international.\n\n"
          "The Ukrainian wrote that she had never been paid.\n\n"
          "Reporters asked Hanna Vik whether the club would survive. “Not this season,” she "
          "replied.\n\n"
          "That did not impress Mere Tuilau, head of the Ocean Justice Network, a coalition of "
          "village groups, who called the meeting “a missed chance.”\n",
          w, 6);
}

static void test_relative_clauses(void **state) {
    (void)state;
    /* the subject before a relative clause speaks; a group keeps its clause in its name; a
     * person described that way and named later is that person; "he" after an unnamed person */
    const want w[] = {
        {"indirect", "the barracks were the oldest in use", "Anton Gruber", "said", NULL},
        {"indirect", "nobody had visited their flats",
         "several tenants who watched the vote from the gallery", "said", NULL},
        {"direct", "Sell the biscuit business", "a fund manager at a Vienna firm", "said", NULL},
        {"direct", "The plan adds nothing", "a fund manager at a Vienna firm", "added", NULL},
        {"indirect", "the move had been planned for years", "Anton Gruber", "added", NULL},
    };
    check("A senior officer who helped draw up the plan said the barracks were the oldest in "
          "use.\n\n"
          "Several tenants who watched the vote from the gallery said nobody had visited their "
          "flats.\n\n"
          "“Sell the biscuit business,” said a fund manager at a Vienna firm.\n\n"
          "“The plan adds nothing,” he added.\n\n"
          "The officer, Anton Gruber, added that the move had been planned for years.\n",
          w, 5);
}

static void test_joined_particles(void **state) {
    (void)state;
    const want w[] = {
        {"direct", "The ban covers every site", "Hessa al-Mutairi", "replied", NULL},
        {"direct", "We lose two more weeks", "Faisal al-Shammari", "said", NULL},
    };
    check("The authority’s spokeswoman, Hessa al-Mutairi, spoke on Monday.\n\n"
          "“The ban covers every site,” al-Mutairi replied.\n\n"
          "“We lose two more weeks,” said Faisal al-Shammari, who runs a building firm.\n",
          w, 2);
}

static void test_anonymous_and_described(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the wards had been full since Friday",
         "a ward nurse who asked not to be named", "said", NULL},
        {"direct", "Who signed off on the route?", "a reporter from a Lyon newspaper", "asked",
         NULL},
        {"direct", "Waiting does not make it easier to treat", "Markku Heikkilä", ":", NULL},
    };
    check("A ward nurse who asked not to be named said the wards had been full since Friday.\n\n"
          "“Who signed off on the route?” asked a reporter from a Lyon newspaper.\n\n"
          "Markku Heikkilä, a psychiatrist in Tampere who has treated veterans for years, has seen "
          "the cost in his clinic: “Waiting does not make it easier to treat.”\n",
          w, 3);
}

static void test_origin_roles_and_later_names(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "she still could not sleep with the window closed", "Hanna Lindgren", "said",
         NULL},
        {"indirect", "the players had handed them over", "Dragan Ilić", "said", NULL},
        {"indirect", "the boat had been unfit to sail", "Supaporn Rattanakul", "said", NULL},
        {"indirect", "the logbook showed water in the hold", "Supaporn Rattanakul", "noted", NULL},
        {"direct", "Test the ginger here, in front of us", "Bishnu Prasad Rai", ":", NULL},
        {"indirect", "she had sold a third of the position",
         "a fund manager at a Porto Alegre firm that holds the shares", "said", NULL},
    };
    check("Hanna Lindgren, a Swedish diving instructor, spent nine hours in the sea.\n\n"
          "The Swede said she still could not sleep with the window closed.\n\n"
          "Head coach Dragan Ilić was suspended on Friday. Reached by telephone, Ilić, a Serbian "
          "coach who moved to Burgas two seasons ago, denied any wrongdoing. The Serb said the "
          "players had handed them over.\n\n"
          "Reading out the verdict, the presiding judge said the boat had been unfit to sail. The "
          "judge, Supaporn Rattanakul, noted that the logbook showed water in the hold.\n\n"
          "Bishnu Prasad Rai, a trader from Ilam, has waited nine days.\n\n"
          "Rai, back at the border, had a simpler request: “Test the ginger here, in front of "
          "us.”\n\n"
          "A fund manager at a Porto Alegre firm that holds the shares, who asked not to be named, "
          "said she had sold a third of the position.\n",
          w, 6);
}

static void test_documents_described_and_modifier_names(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "each bale will have to show one of eleven grades",
         "a circular sent to exporters", "According to", NULL},
        {"indirect", "Certificates must carry a stamp", "a customs memorandum dated Feb. 27",
         "according to", NULL},
        {"indirect", "about 60,000 parcels were still trapped inside its machines", "Boxilo",
         "said", NULL},
        {"indirect", "the Boxilo app was still telling them their parcels were ready",
         "other customers", "complained", NULL},
        {"indirect", "engineers had opened about a third of the lockers by hand", "Boxilo", "said",
         NULL},
    };
    check("According to a circular sent to exporters on Thursday, each bale will have to show "
          "one of eleven grades.\n\n"
          "Certificates must carry a stamp, according to a customs memorandum dated Feb. 27.\n\n"
          "Boxilo, which runs 4,800 parcel lockers, said on Wednesday that about 60,000 parcels "
          "were still trapped inside its machines.\n\n"
          "Other customers complained that the Boxilo app was still telling them their parcels "
          "were ready.\n\n"
          "The firm said engineers had opened about a third of the lockers by hand.\n",
          w, 5);
}

static void test_short_forms_of_descriptions(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "two operations had been postponed",
         "a senior cardiac surgeon at the hospital", "said", NULL},
        {"indirect", "publish its waiting list", "the families’ association", "urged",
         "the hospital"},
        {"direct", "Why should their families believe an audit?",
         "a reporter for a Kathmandu daily", "asked", NULL},
        {"direct", "They shared it with us", "Joy Chebet", "said", NULL},
    };
    check("A senior cardiac surgeon at the hospital said two operations had been postponed.\n\n"
          "The families’ association urged the hospital to publish its waiting list.\n\n"
          "“Why should their families believe an audit?” asked a reporter for a Kathmandu "
          "daily.\n\n"
          "“They shared it with us,” said libero Joy Chebet.\n",
          w, 4);
}

static void test_replies_and_appositives(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "More than 3.4 million animals have died",
         "a tally compiled by provincial emergency offices", "according to", NULL},
        {"indirect", "the family had run out of hay", "Dashdorj Oyunbileg", "said", NULL},
        {"indirect", "snowploughs had reopened two roads", "Munkhtuya Erdene", "said", NULL},
        {"direct", "Will the hay be there in time?", "a reporter from a local television station",
         "asked", NULL},
        {"direct", "For the families near the roads, yes", "Munkhtuya Erdene", "replied", NULL},
        {"indirect", "send money rather than blankets", "Saruul Ganbold", "urged",
         "foreign donors"},
    };
    check("ULAANBAATAR (Wire) — More than 3.4 million animals have died, according to a tally "
          "compiled by provincial emergency offices.\n\n"
          "Dashdorj Oyunbileg, a herder, lost most of her flock. She said by telephone that the "
          "family had run out of hay.\n\n"
          "The official, Munkhtuya Erdene, said snowploughs had reopened two roads.\n\n"
          "“Will the hay be there in time?” a reporter from a local television station asked.\n\n"
          "“For the families near the roads, yes,” she replied.\n\n"
          "Saruul Ganbold, a spokeswoman for the Steppe Relief Network, an alliance of charities, "
          "welcomed the aid but urged foreign donors to send money rather than blankets.\n",
          w, 6);
}

static void test_companies_and_letters(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the transfer limit was common across the industry", "Mikkel Rasmussen",
         "said", NULL},
        {"indirect", "technicians who refused transfers would be treated as absent", "Havbro",
         "warned", "staff"},
    };
    check("COPENHAGEN (Wire) — Technicians refused to board boats at the Skarvrev wind farm.\n\n"
          "The men work for Havbro, which maintains the farm’s turbines. Mikkel Rasmussen, an "
          "organiser with the Offshore Technicians’ Union, said the transfer limit was common "
          "across the industry.\n\n"
          "But the firm warned in a letter to staff on Tuesday that technicians who refused "
          "transfers would be treated as absent.\n",
          w, 2);
}

static void test_answers_and_possessive_leads(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "subscribers had until March", "Jean-Marc Ebogo", "said", NULL},
        {"direct", "Nobody’s money will disappear. The wallet is frozen, not emptied",
         "Jean-Marc Ebogo", "replied", NULL},
        {"indirect", "children read more now", "Maija Koskinen", "said", NULL},
        {"direct", "Read to them at night", "Maija Koskinen", ":", NULL},
        {"direct", "We will not move another line", "Duncan Fairlie", ":", NULL},
    };
    check("Jean-Marc Ebogo, the regulator’s director, said subscribers had until March.\n\n"
          "At a news conference, a journalist from a Douala radio station asked Ebogo what would "
          "happen to the money.\n\n"
          "“Nobody’s money will disappear. The wallet is frozen, not emptied,” he replied.\n\n"
          "Maija Koskinen, a teacher in Espoo, said children read more now.\n\n"
          "Koskinen has cleared a shelf. Her advice to parents: “Read to them at night.”\n\n"
          "Duncan Fairlie, the chief engineer, spoke to the board. Fairlie’s message was blunt: "
          "“We will not move another line.”\n",
          w, 5);
}

static void test_second_cues_and_long_addressees(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "Kura would challenge the cancellation in court", "She", "said", NULL},
        {"indirect", "the ministry publish the laboratory results in full", "She", "demanded",
         NULL},
        {"indirect", "it would grant no new permits for large data centres until 2028",
         "the provincial government of North Holland", "said", NULL},
        {"indirect", "throw it away without tasting it", "Estonia’s public health agency", "urged",
         "anyone who had bought smoked fish at the market since Aug. 2"},
        {"indirect", "he backed the plan", "Ray Tobias", "told", "the board"},
        {"indirect", "keep serving a hot lunch on Fridays for children", "Ray Tobias", "pressed",
         NULL},
    };
    check("She said Kura would challenge the cancellation in court, and demanded that the "
          "ministry publish the laboratory results in full.\n\n"
          "The provincial government of North Holland said on Tuesday that it would grant no new "
          "permits for large data centres until 2028.\n\n"
          "Estonia’s public health agency urged anyone who had bought smoked fish at the market "
          "since Aug. 2 to throw it away without tasting it.\n\n"
          "Ray Tobias, a cattle rancher, told the board before the vote that he backed the plan, "
          "but pressed it to keep serving a hot lunch on Fridays for children.\n",
          w, 6);
}

static void test_long_subjects_and_documents(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the cap would push some of its garments into landfill", "Pennine Reclaim",
         "said", NULL},
        {"indirect", "58 percent of the 3,100 people who responded opposed a ban",
         "a summary of the consultation published by the city", "According to", NULL},
        {"indirect", "about 48 million shares were sold on Wednesday",
         "a filing to the Stock Exchange of Thailand", "According to", NULL},
        {"indirect", "engineers planned to lower the lake by five metres",
         "a hydrologist with the regional government", "told", "Wire"},
        {"indirect", "maternity care should be added to the agreement next",
         "two mayors of border municipalities who attended the signing", "said", NULL},
        {"indirect", "each household would receive bottled water",
         "a letter sent to residents by the Defence Estates Directorate", "said", NULL},
        {"indirect", "the reservoir would discharge more water", "a joint statement", "said", NULL},
    };
    check("Pennine Reclaim, a company in Bradford, England, that sends about 400 tonnes a month to "
          "Zambia, said the cap would push some of its garments into landfill.\n\n"
          "According to a summary of the consultation published by the city, 58 percent of the "
          "3,100 people who responded opposed a ban.\n\n"
          "According to a filing to the Stock Exchange of Thailand, about 48 million shares were "
          "sold on Wednesday.\n\n"
          "A hydrologist with the regional government told Wire that engineers planned to lower "
          "the lake by five metres.\n\n"
          "Two mayors of border municipalities who attended the signing said maternity care should "
          "be added to the agreement next.\n\n"
          "A letter sent to residents by the Defence Estates Directorate said each household would "
          "receive bottled water.\n\n"
          "A joint statement released after two days of talks in Dushanbe said the reservoir would "
          "discharge more water.\n",
          w, 7);
}

static void test_wire_ledes(void **state) {
    (void)state;
    const want w[] = {
        {"indirect",
         "Portugal’s Algarve region will cut water deliveries to golf courses by 15 percent from "
         "next month",
         "the Algarve Water Authority", "said", NULL},
        {"indirect", "Train drivers at three rail operators have voted to accept a pay offer",
         "the Rail Drivers’ Federation", "said", NULL},
    };
    check("FARO, Portugal (Wire) — Portugal’s Algarve region will cut water deliveries to golf "
          "courses by 15 percent from next month, the Algarve Water Authority said on Tuesday, "
          "after a fourth dry winter left its reservoirs less than a fifth full.\n\n"
          "Train drivers at three rail operators have voted to accept a pay offer, the Rail "
          "Drivers’ Federation said on Wednesday, ending a dispute that brought 14 days of "
          "strikes.\n",
          w, 2);
}

static void test_described_subjects(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "they had been sent boxes of 50 tablets",
         "nurses at two village clinics near Medirigiriya", "complained", NULL},
        {"indirect", "word of sewage would frighten off families", "Hotel owners along the shore",
         "complained", NULL},
        {"indirect", "hail had been forecast", "a forecaster at the state weather service", "noted",
         NULL},
        {"indirect", "the platform had been shaking for days", "Ramazan", "said", NULL},
    };
    check("Nurses at two village clinics near Medirigiriya complained that they had been sent "
          "boxes of 50 tablets.\n\n"
          "Hotel owners along the shore complained that word of sewage would frighten off "
          "families.\n\n"
          "A forecaster at the state weather service noted that hail had been forecast.\n\n"
          "A worker on the site who gave his name only as Ramazan said the platform had been "
          "shaking for days.\n",
          w, 4);
}

static void test_roles_described_before_names(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the ban would apply to the city’s own parks department", "Liesbeth Claeys",
         "told", "the council"},
        {"direct", "We will pay half, up to 400 euros a machine", "Liesbeth Claeys", "answered",
         NULL},
        {"direct", "How much of your revenue does Hanamori account for?", "Priya Nair", "asked",
         NULL},
    };
    check("The city’s alderwoman for the environment, Liesbeth Claeys, told the council that the "
          "ban would apply to the city’s own parks department.\n\n"
          "“We will pay half, up to 400 euros a machine,” the alderwoman answered.\n\n"
          "“How much of your revenue does Hanamori account for?” asked one analyst.\n\n"
          "The analyst who asked about the revenue, Priya Nair of Harbourside Securities, cut her "
          "rating.\n",
          w, 3);
}

static void test_reporters_and_certificates(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the scale was accurate to within 20 kilograms",
         "an inspection certificate dated Aug. 14", "According to", NULL},
        {"direct", "Is eighteen months enough?", "a reporter for Swiss public television", "asked",
         NULL},
    };
    check("According to an inspection certificate dated Aug. 14, the scale was accurate to within "
          "20 kilograms.\n\n"
          "“Is eighteen months enough?” asked a reporter for Swiss public television.\n",
          w, 2);
}

static void test_letters_and_participles(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "its members were chased from their fishing grounds",
         "the Lesbos Fishermen’s Association", "wrote", "the foreign ministry"},
        {"indirect", "delay the rules", "the union", "asked", "the foreign ministry"},
        {"indirect", "small farms could not afford the machines", "the union", "saying", NULL},
    };
    check("The Lesbos Fishermen’s Association wrote in a letter to the foreign ministry that its "
          "members were chased from their fishing grounds.\n\n"
          "The union asked the ministry to delay the rules, saying small farms could not afford "
          "the machines.\n",
          w, 3);
}

static void test_bodies_by_field_and_possessive(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the register was meant to keep fake brake pads off the roads", "Karim Fawzy",
         "said", NULL},
        {"indirect", "1,140 foreign factories had been registered so far", "the trade ministry",
         "said", NULL},
        {"indirect", "the buildings would be offered to community groups", "Bristol City Council",
         "said", NULL},
        {"direct", "Will anyone else be charged?", "a reporter for a Zagreb news portal", "asked",
         NULL},
        {"direct", "The anchovy always comes back",
         "a portfolio manager at a Chilean pension fund that holds about 5 percent of Costamar",
         "said", NULL},
    };
    check(
        "Karim Fawzy, a spokesman for the trade ministry, said the register was meant to keep "
        "fake brake pads off the roads.\n\n"
        "In a statement later on Sunday, the ministry said 1,140 foreign factories had been "
        "registered so far.\n\n"
        "Bristol City Council’s cabinet voted to close 14 toilets on Tuesday.\n\n"
        "The council said in a statement that the buildings would be offered to community "
        "groups.\n\n"
        "“Will anyone else be charged?” asked a reporter for a Zagreb news portal.\n\n"
        "“The anchovy always comes back,” said a portfolio manager at a Chilean pension fund that "
        "holds about 5 percent of Costamar.\n",
        w, 5);
}

static void test_names_that_modify(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "it would keep the Ferrante name and all 780 jobs", "Aldgate Hill", "said",
         NULL},
        {"indirect", "the scanners had been introduced to shorten walking routes", "Karin Wallin",
         "said", NULL},
        {"partial", "out of all proportion", "Vättergrossen", "called", NULL},
    };
    check(
        "Aldgate Hill, which owns four mills, said in a statement that it would keep the Ferrante "
        "name and all 780 jobs.\n\n"
        "Vättergrossen, which runs the warehouse, faces a walkout. Vättergrossen’s human resources "
        "director, Karin Wallin, said the scanners had been introduced to shorten walking "
        "routes.\n\n"
        "It called the walkout “out of all proportion”.\n",
        w, 3);
}

static void test_titles_and_dated_subjects(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the ministry would decide within a month", "Mirela Jurić", "said", NULL},
        {"indirect", "no march should begin after 11 a.m. in the heat",
         "a memorandum dated July 10", "warned", NULL},
    };
    check("At a news conference in Zagreb, State Secretary Mirela Jurić said the ministry would "
          "decide within a month.\n\n"
          "A memorandum dated July 10 warned that no march should begin after 11 a.m. in the "
          "heat.\n",
          w, 2);
}

static void test_bodies_with_clauses(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "ban any coach who questions a referee’s honesty",
         "the association that represents Serbia’s basketball referees", "urged", "the league"},
        {"indirect", "the defibrillator had a flat battery", "a charge sheet sent to the club",
         "According to", NULL},
    };
    check("The association that represents Serbia’s basketball referees urged the league to ban "
          "any coach who questions a referee’s honesty.\n\n"
          "According to a charge sheet sent to the club, the defibrillator had a flat battery.\n",
          w, 2);
}

static void test_names_of_bodies_and_adjectives(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "divers were no longer allowed in the water", "Stuart Imrie", "told",
         "the court"},
        {"indirect", "the manual had been available to any employee", "Stuart Imrie", "said", NULL},
        {"indirect", "Étoile Bleue de Cambérène, the amateur side in question, was paid",
         "Ousmane Faye", "confirmed", NULL},
        {"indirect", "Diagne had been registered with his club since the age of 15", "Ousmane Faye",
         "insisted", NULL},
    };
    check(
        "Two divers died at a pen run by Glenbrae Salmon near Portree.\n\n"
        "Glenbrae’s operations manager, Stuart Imrie, told the court that divers were no longer "
        "allowed in the water. He said the manual had been available to any employee.\n\n"
        "Étoile Bleue de Cambérène, the amateur side in question, was paid, its president, "
        "Ousmane Faye, confirmed. He insisted that Diagne had been registered with his club since "
        "the age of 15.\n",
        w, 4);
}

static void test_roles_from_relative_clauses(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "half her customers had cancelled", "Marta Lind", "said", NULL},
        {"indirect", "the grant scheme was too slow", "Ana Petrescu", "said", NULL},
        {"indirect", "she now cleans offices at night", "Nino Beridze", "said", NULL},
        {"direct", "Nobody orders panels in a winter like this", "Marta Lind", "said", NULL},
        {"indirect", "her members would wait for the money", "Ana Petrescu", "said", NULL},
        {"direct", "Pay us and we will come back", "Nino Beridze", "said", NULL},
    };
    check(
        "Marta Lind, who installs solar panels in Umeå, said half her customers had cancelled.\n\n"
        "Ana Petrescu, who leads the electricians’ union, said the grant scheme was too slow.\n\n"
        "Nino Beridze, who moved to Umeå in 2011 and is the only certified Georgian "
        "interpreter in the county, said she now cleans offices at night.\n\n"
        "“Nobody orders panels in a winter like this,” the installer said.\n\n"
        "The union leader said her members would wait for the money.\n\n"
        "“Pay us and we will come back,” the interpreter said.\n",
        w, 6);
}

static void test_origins_and_appositives(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "he had let go of the car at once", "Julián Ortega", "said", NULL},
        {"direct", "My mother sold her sewing machine to pay for my ticket", "Julián Ortega",
         "said", NULL},
        {"indirect", "a German chain would stop selling its oil", "Olvia", "said", NULL},
        {"direct", "Is the dividend safe?", "Pavel Dusek", "asked", NULL},
        {"indirect", "its members were angry",
         "the head of a dairy cooperative near Larissa that sells its milk to Olvia", "said", NULL},
    };
    check("Julián Ortega, a 27-year-old Peruvian, and his teammate Tomás Urrutia, from the Basque "
          "town of Tolosa, were sent home from the race.\n\n"
          "Ortega said he had let go of the car at once.\n\n"
          "“My mother sold her sewing machine to pay for my ticket,” the Peruvian said.\n\n"
          "Shares in Olvia, the Greek olive oil maker, fell after the company said a German chain "
          "would stop selling its oil.\n\n"
          "“Is the dividend safe?” asked Pavel Dusek, an analyst at Brno Capital.\n\n"
          "The head of a dairy cooperative near Larissa that sells its milk to Olvia said its "
          "members were angry.\n",
          w, 5);
}

static void test_bodies_after_appositives(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "it did not poach military pilots", "Kestra", "said", NULL},
        {"partial", "whoever passes our tests", "Kestra", "said", NULL},
        {"direct", "I lost a whole evening of takings", "Abena Osei", "said", NULL},
        {"indirect", "most decoders were working again", "Sikasa TV", "said", NULL},
        {"direct", "People cheered louder for the picture than for the goal", "Abena Osei", "said",
         NULL},
    };
    check("Kestra, a cargo airline based at Faro airport, said in a statement that it did not "
          "poach military pilots. It said it hired “whoever passes our tests.”\n\n"
          "“I lost a whole evening of takings,” said Abena Osei, who runs a bar in Tamale.\n\n"
          "Sikasa TV, Ghana’s second-largest pay-television provider, said most decoders were "
          "working again.\n\n"
          "In Tamale, Osei’s screens came back 20 minutes into the match.\n\n"
          "“People cheered louder for the picture than for the goal,” she said.\n",
          w, 5);
}

static void test_bodies_groups_and_replies(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "it was studying the ruling", "Kattoset", "said", NULL},
        {"indirect", "it had built what the drawings showed", "Kattoset", "noted", NULL},
        {"direct", "We are still waiting", "Irina Pop", "said", NULL},
        {"indirect", "few examiners had signed up", "Uniunea Dascălilor", "According to", NULL},
        {"direct", "Will the exams go ahead?", "a reporter for a Bucharest radio station", "asked",
         NULL},
        {"direct", "The exams will take place on the dates we announced", "Alina Voicu", "replied",
         NULL},
        {"indirect", "the helpline had rung out", "subscribers in Accra, Kumasi and Tamale", "said",
         NULL},
        {"indirect", "its members had heard the news on the radio", "Dimitris Alexiou", "said",
         NULL},
        {"indirect", "the dairy should guarantee its milk price", "Dimitris Alexiou", "said", NULL},
    };
    check("The builder that repaired the roof, Kattoset, was fined 60,000 euros.\n\n"
          "Kattoset said in a statement it was studying the ruling. The firm noted that it had "
          "built what the drawings showed.\n\n"
          "“We are still waiting,” said Irina Pop, who teaches in Cluj and sits on the board of "
          "Uniunea Dascălilor, Romania’s second-largest teachers’ union.\n\n"
          "According to the union, few examiners had signed up.\n\n"
          "At a briefing on Wednesday, Alina Voicu, a ministry spokeswoman, faced questions.\n\n"
          "“Will the exams go ahead?” asked a reporter for a Bucharest radio station.\n\n"
          "“The exams will take place on the dates we announced,” she replied.\n\n"
          "Subscribers in Accra, Kumasi and Tamale said the helpline had rung out.\n\n"
          "The head of a goat farmers’ cooperative in Thessaly said its members had heard the news "
          "on the radio.\n\n"
          "The chairman, Dimitris Alexiou, said the dairy should guarantee its milk price.\n",
          w, 9);
}

static void test_clause_split_by_attribution(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "The ferry would sail again | only when the river rose", "Petra Ilieva",
         "said", NULL},
        {"indirect", "That promise | meant nothing to the hauliers", "Petra Ilieva", "said", NULL},
        {"indirect", "The old locks | had been tried in 2019 and had leaked", "Petra Ilieva",
         "argued", NULL},
        {"indirect", "Orders had halved since March", "the Romanian port authority", "said", NULL},
    };
    check("Petra Ilieva, who runs a ferry company at Oryahovo, spoke after the meeting.\n\n"
          "The ferry would sail again, she said, only when the river rose. That promise, Ilieva "
          "said on Tuesday, meant nothing to the hauliers.\n\n"
          "The old locks, she argued, had been tried in 2019 and had leaked.\n\n"
          "Orders had halved since March, the Romanian port authority said, a blow to a town that "
          "lives from the crossing.\n",
          w, 4);
}

static void test_requests_and_adjuncts(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "emergency dredging near the ferry ramp", "Galina Petkova", "asked",
         "the transport ministry"},
        {"indirect", "the young man to be released under supervision", "Galina Petkova",
         "asked for", NULL},
        {"indirect", "most decoders were working again", "Sikasa TV", "said", NULL},
        {"indirect", "the talks had stalled over the items that Mozambique asked for two years ago",
         "two officials", "said", NULL},
    };
    check("The town’s mayor, Galina Petkova, has asked the transport ministry for emergency "
          "dredging near the ferry ramp. She also asked for the young man to be released under "
          "supervision.\n\n"
          "Sikasa TV said on its website that most decoders were working again. The company did "
          "not respond when asked for comment.\n\n"
          "Two officials, who asked for anonymity because they were not authorised to speak, said "
          "the talks had stalled over the items that Mozambique asked for two years ago.\n",
          w, 4);
}

static void test_short_forms_without_antecedent_words(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "it would welcome such efforts", "Klingo", "said", NULL},
        {"indirect", "she would move training to a school gym", "Malin Axelsson", "said", NULL},
        {"indirect", "her players were tough enough", "Malin Axelsson", "insisted", NULL},
        {"indirect", "the road would reopen", "Per Lund", "said", NULL},
    };
    check("Brennan bought a doorbell from Klingo, a Cork start-up that sold them online. The "
          "company will shut down its servers on Dec. 31.\n\n"
          "The company said on Tuesday that it would welcome such efforts.\n\n"
          "Beside her sat the coach, Malin Axelsson, who said she would move training to a school "
          "gym.\n\n"
          "The Swede insisted that her players were tough enough.\n\n"
          "Per Lund, who said last week that the road would reopen, declined to comment. Lund, "
          "who denied the charges throughout the trial, was acquitted.\n",
          w, 4);
}

static void test_present_tense_groups_and_headlines(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "landing in Tobago would add a day to every trip", "fishermen", "say", NULL},
        {"indirect", "their catch had halved", "Desmond Harewood", "said", NULL},
    };
    check("Trinidad fishermen say new landing rule will sink them\n\n"
          "PORT OF SPAIN (Wire) — Fishermen say landing in Tobago would add a day to every trip. "
          "The ministry declined to say whether the rule would change.\n\n"
          "Desmond Harewood, who skippers a pirogue, said their catch had halved.\n",
          w, 2);
}

static void test_indirect_questions(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "Sobral could afford the increase", "a reporter from a business daily",
         "asked", "Rui Magalhães"},
        {"indirect", "jail Kola for ten years", "Mirela Shehu", "asked", "the court"},
    };
    check("At a news conference in Lisbon, a reporter from a business daily asked the company’s "
          "chief executive, Rui Magalhães, whether Sobral could afford the increase.\n\n"
          "The prosecutor, Mirela Shehu, asked the court to jail Kola for ten years.\n",
          w, 2);
}

static void test_acts_then_words(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "the towns owed money", "Laia Ferrer", "said", NULL},
        {"indirect", "Cambrils alone owed the firm more than 300,000 euros", "Laia Ferrer",
         "saying", NULL},
        {"indirect", "they had done everything they could", "Laia Ferrer", "saying", NULL},
        {"indirect", "The tug | was travelling far too fast", "Laia Ferrer", "argued", NULL},
        {"indirect", "the shares had been punished too hard", "Helen Strachan", "argued", NULL},
        {"indirect", "it was using a grace period", "Brisamar", "said", NULL},
    };
    check("Hotel group misses bond payment as Mallorca-based lender waits\n\n"
          "TARRAGONA (Wire) — Laia Ferrer, a spokeswoman, said the towns owed money.\n\n"
          "Ferrer put the blame on the towns, saying Cambrils alone owed the firm more than "
          "300,000 euros. She thanked the lifeguards for their patience, saying they had done "
          "everything they could.\n\n"
          "The tug, she had argued at trial, was travelling far too fast.\n\n"
          "Helen Strachan of the broker Brodie Lyle argued that the shares had been punished too "
          "hard.\n\n"
          "Brisamar, the Mallorca-based hotel group, did not pay. The group said it was using a "
          "grace period.\n",
          w, 6);
}

static void test_letters_and_questions_put(void **state) {
    (void)state;
    const want w[] = {
        {"indirect", "compensation of 14,000 euros", "the federation", "asked for",
         "Aerocarpa’s chief executive"},
        {"indirect", "wages were late", "the union", "warned", "Jordi Roca"},
        {"direct", "Are you going home?", "a reporter for a Swedish radio station", "asked",
         "Cosmin Ilie"},
        {"direct", "No", "Cosmin Ilie", "said", NULL},
    };
    check("In a letter to Aerocarpa’s chief executive, the federation asked for compensation of "
          "14,000 euros.\n\n"
          "In a letter to Socorrmar’s managing director, Jordi Roca, sent on July 11, the union "
          "warned that wages were late.\n\n"
          "The coach, Cosmin Ilie, stayed at the team hotel.\n\n"
          "On Thursday evening, Ilie was asked by a reporter for a Swedish radio station: “Are "
          "you going home?”\n\n"
          "“No,” he said.\n",
          w, 4);
}

static void test_titled_names_stay_people(void **state) {
    (void)state;
    const want w[] = {
        {"direct", "Every crown went out again", "Ivana Marešová", "said", NULL},
        {"indirect", "The website | had been built in one afternoon", "Ivana Marešová", "said",
         NULL},
    };
    check("OSTRAVA (Wire) — “Every crown went out again,” said Judge Ivana Marešová as she read "
          "the verdict.\n\n"
          "The website, Marešová said, had been built in one afternoon.\n",
          w, 2);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_direct_both_orders),
        cmocka_unit_test(test_multi_sentence_and_paragraph),
        cmocka_unit_test(test_partial_in_reported_speech),
        cmocka_unit_test(test_nested_and_scare_quotes),
        cmocka_unit_test(test_reported_speech),
        cmocka_unit_test(test_sentence_final_attribution),
        cmocka_unit_test(test_pronouns_and_short_forms),
        cmocka_unit_test(test_floating_and_colon),
        cmocka_unit_test(test_unattributed),
        cmocka_unit_test(test_lead_in_sentence),
        cmocka_unit_test(test_described_speakers),
        cmocka_unit_test(test_documents_and_bodies),
        cmocka_unit_test(test_addressees),
        cmocka_unit_test(test_coordinated_clauses),
        cmocka_unit_test(test_subjects),
        cmocka_unit_test(test_wire_phrasing),
        cmocka_unit_test(test_lead_out_and_signs),
        cmocka_unit_test(test_short_forms_of_bodies),
        cmocka_unit_test(test_reported_shapes),
        cmocka_unit_test(test_names_and_genders),
        cmocka_unit_test(test_given_names_and_roles),
        cmocka_unit_test(test_bodies_and_appositives),
        cmocka_unit_test(test_groups_numbers_and_terms),
        cmocka_unit_test(test_quote_after_attribution),
        cmocka_unit_test(test_joined_and_counted_groups),
        cmocka_unit_test(test_roles_and_company_nouns),
        cmocka_unit_test(test_framed_speakers),
        cmocka_unit_test(test_people_named_by_role_and_origin),
        cmocka_unit_test(test_relative_clauses),
        cmocka_unit_test(test_joined_particles),
        cmocka_unit_test(test_anonymous_and_described),
        cmocka_unit_test(test_origin_roles_and_later_names),
        cmocka_unit_test(test_documents_described_and_modifier_names),
        cmocka_unit_test(test_short_forms_of_descriptions),
        cmocka_unit_test(test_replies_and_appositives),
        cmocka_unit_test(test_companies_and_letters),
        cmocka_unit_test(test_answers_and_possessive_leads),
        cmocka_unit_test(test_second_cues_and_long_addressees),
        cmocka_unit_test(test_long_subjects_and_documents),
        cmocka_unit_test(test_wire_ledes),
        cmocka_unit_test(test_described_subjects),
        cmocka_unit_test(test_roles_described_before_names),
        cmocka_unit_test(test_reporters_and_certificates),
        cmocka_unit_test(test_letters_and_participles),
        cmocka_unit_test(test_bodies_by_field_and_possessive),
        cmocka_unit_test(test_names_that_modify),
        cmocka_unit_test(test_titles_and_dated_subjects),
        cmocka_unit_test(test_bodies_with_clauses),
        cmocka_unit_test(test_names_of_bodies_and_adjectives),
        cmocka_unit_test(test_roles_from_relative_clauses),
        cmocka_unit_test(test_origins_and_appositives),
        cmocka_unit_test(test_bodies_after_appositives),
        cmocka_unit_test(test_bodies_groups_and_replies),
        cmocka_unit_test(test_clause_split_by_attribution),
        cmocka_unit_test(test_requests_and_adjuncts),
        cmocka_unit_test(test_short_forms_without_antecedent_words),
        cmocka_unit_test(test_present_tense_groups_and_headlines),
        cmocka_unit_test(test_indirect_questions),
        cmocka_unit_test(test_acts_then_words),
        cmocka_unit_test(test_letters_and_questions_put),
        cmocka_unit_test(test_titled_names_stay_people),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
