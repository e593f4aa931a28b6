/* Replay driver for the fuzz targets when libFuzzer is not used: runs every file named on the
 * command line through LLVMFuzzerTestOneInput, so that the corpus runs as an ordinary test. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            perror(argv[i]);
            return 1;
        }
        uint8_t *buf = NULL;
        size_t len = 0, cap = 0, got;
        do {
            if (len + 4096 > cap) {
                cap = (len + 4096) * 2;
                uint8_t *p = realloc(buf, cap);
                if (!p) return 1;
                buf = p;
            }
            got = fread(buf + len, 1, cap - len, f);
            len += got;
        } while (got);
        fclose(f);
        LLVMFuzzerTestOneInput(buf, len);
        free(buf);
    }
    printf("%d inputs replayed\n", argc - 1);
    return 0;
}
