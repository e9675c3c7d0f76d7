/* Version 3 of heap-refused.c: struct big grows by 64 bytes, and it converts field by
   field.  */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct slot { int key; int hits; };
struct big { long a; long more[8]; };
struct wrapped { int x; };

GEARSHIFT_CONVERT_BY_NAME (struct big)

static struct slot *slots;
static struct big *big;
static struct wrapped *w;

/* A wrapper that keeps the size in front of the object, as some
   allocators do: what it returns is not what calloc returned, so the
   runtime does not see its objects.  */
static void *__attribute__ ((malloc, noinline))
xalloc (size_t n)
{
  size_t *p = calloc (1, n + 16);
  if (!p)
    abort ();
  *p = n;
  return (char *) p + 16;
}

static long
total (void)
{
  long t = big->a + w->x;
  for (int i = 0; i < 8; i++)
    t += slots[i].key * slots[i].hits;
  return t;
}

int
main (void)
{
  static const char *const next[] = { "./heap-refused-v2.so",
				      "./heap-refused-v3.so",
				      "./heap-refused-v4.so" };
  slots = calloc (4, sizeof *slots);
  slots = realloc (slots, 8 * sizeof *slots);
  for (int i = 0; i < 8; i++)
    slots[i] = (struct slot) { i, 1 };
  big = malloc (sizeof *big);
  big->a = 100;
  w = xalloc (sizeof *w);
  w->x = 1000;
  for (int i = 0; i < 3; i++)
    {
      char msg[1024];
      gearshift_request_update (next[i]);
      printf ("v3 i=%d total=%ld\n", i, total ());
      gearshift_update_point ("tick");
      int status = gearshift_update_status (msg, sizeof msg);
      printf ("status %d: %s\n", status, msg);
    }
  return 0;
}

