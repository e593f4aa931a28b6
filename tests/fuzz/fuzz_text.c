/* Fuzz target: any bytes through the text layer (both repair modes, every paragraph mode) and
 * statement extraction. Must never crash, hang or leak. */
#include "saywho/quotes.h"
#include "saywho/text.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    for (int mode = 0; mode < 3; mode++) {
        saywho_text_options o = {1, (saywho_para_mode)mode};
        saywho_doc *d = NULL;
        if (saywho_doc_new((const char *)data, size, &o, &d, NULL) != SAYWHO_OK) continue;
        size_t n, len;
        saywho_doc_text(d, &len);
        const saywho_token *t = saywho_doc_tokens(d, &n);
        for (size_t i = 0; i < n; i++) {
            size_t ob = saywho_doc_orig_offset(d, t[i].end);
            if (ob > size) __builtin_trap();
            saywho_doc_char_offset(d, ob);
        }
        saywho_statements *s = NULL;
        if (saywho_statements_find(d, &s) == SAYWHO_OK) saywho_statements_free(s);
        saywho_doc_free(d);
    }
    saywho_doc *strict = NULL;
    if (saywho_doc_new((const char *)data, size, NULL, &strict, NULL) == SAYWHO_OK)
        saywho_doc_free(strict);
    return 0;
}
