/* The C library's formatted output and input only borrow the addresses
   they are given (GCC knows no flags for their variable arguments), as
   memcpy borrows its source (GCC counts what is copied out of it as
   escaping): the buffers passed to snprintf, sscanf and memcpy stay in
   the frame, saved by value, and GCC's -Wrestrict, which would see two
   parts of one side stack block "overlap", says nothing, as for the
   program's own build (memcached's item_cachedump, built with -Wall
   -Werror).  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall -Werror -fplugin-arg-gearshift-dump" } */

#include <stdio.h>
#include <string.h>

extern int more (void);
extern const char *next_key (void);

unsigned
dump (char *out, unsigned limit)
{
  char key[32];
  char line[128];
  unsigned used = 0;
  int n = 0;
  while (more ())
    {
      strncpy (key, next_key (), sizeof key - 1);
      key[sizeof key - 1] = 0;
      int len = snprintf (line, sizeof line, "ITEM %s\r\n", key);
      if (len < 0 || used + len + 1 > limit)
	break;
      memcpy (out + used, line, len);
      used += len;
      sscanf (line, "ITEM %*s%n", &n);
    }
  return used + n;
}

/* { dg-final { scan-gearshift-dump "field key: char \\\[32\\\] \\\[\\\[32\\\]i1\\\] offset \[0-9\]+ memory$" } } */
/* { dg-final { scan-gearshift-dump "field line: char \\\[128\\\] \\\[\\\[128\\\]i1\\\] offset \[0-9\]+ memory$" } } */
/* { dg-final { scan-gearshift-dump-not "field (key|line|n): \[^\n\]* indirect$" } } */
