/* No warning of the plugin's making: with -Wall -Wextra the program
   compiles without a warning at every -O level, as it does without the
   plugin.  The low-gear clone re-enters fgets with dummy arguments; a
   null buffer passed with its size 256 drew a -Wnonnull warning,
   printed once per clone.  */
/* { dg-do compile } */
/* { dg-options "-Wall -Wextra" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *
dup_line (const char *path)
{
  char buf[256];
  FILE *f = fopen (path, "r");
  if (!f)
    return NULL;
  if (!fgets (buf, sizeof buf, f))
    buf[0] = 0;
  fclose (f);
  return strdup (buf);
}

/* Reading into a caller's buffer, and a struct argument.  */
struct span { char *p; size_t n; };

size_t
read_span (FILE *f, struct span s)
{
  size_t got = 0;
  while (got < s.n && fgets (s.p + got, (int) (s.n - got), f))
    got += strlen (s.p + got);
  return got;
}

int
main (int argc, char **argv)
{
  char *s = dup_line (argc > 1 ? argv[1] : "/etc/hostname");
  char buf[64];
  struct span sp = { buf, sizeof buf };
  puts (s ? s : "");
  free (s);
  return (int) read_span (stdin, sp) & 1;
}
