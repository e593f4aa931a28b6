/* saywho-train --check: validates corpus files (TSV statements, brat articles) and folders of
 * them, prints every fault as FILE:LINE: message on stderr and counts per split on stdout.
 * Returns the exit status: 0 when there is no fault, 1 otherwise. */
#ifndef SAYWHO_TRAIN_CHECK_H
#define SAYWHO_TRAIN_CHECK_H

int saywho_check_main(int argc, char **argv);

#endif
