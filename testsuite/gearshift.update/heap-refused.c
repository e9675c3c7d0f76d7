/* Updates that would have to convert objects in the heap that they
   cannot, each refused with what to do, version 1 going on untouched:
   version 2 grows the elements of an array from calloc and realloc
   (they would move, and pointers to them are not known); version 3
   grows a struct by more than the room each object was given;
   version 4 changes a struct that a wrapper of the program's own
   allocates and returns with a header of its own (the runtime does not
   see those objects: refused before anything stops).  */
/* { dg-do run } */
/* { dg-versions "versions/heap-refused-v2/heap-refused.c=heap-refused-v2.so versions/heap-refused-v3/heap-refused.c=heap-refused-v3.so versions/heap-refused-v4/heap-refused.c=heap-refused-v4.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct slot { int key; int hits; };
struct big { long a; };
struct wrapped { int x; };

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
      printf ("v1 i=%d total=%ld\n", i, total ());
      gearshift_update_point ("tick");
      int status = gearshift_update_status (msg, sizeof msg);
      printf ("status %d: %s\n", status, msg);
    }
  return 0;
}

/* { dg-output "^v1 i=0 total=1128\n" } */
/* { dg-output "status -8: update to \[^ \]+/heap-refused-v2.so refused: an array of 8 struct slot in the heap \\(at 0x\[0-9a-f\]+\\) would have its elements move \\(from 8 to 12 bytes each\\), and pointers to them are not known\n" } */
/* { dg-output "v1 i=1 total=1128\n" } */
/* { dg-output "status -8: update to \[^ \]+/heap-refused-v3.so refused: struct big grows from 8 to 72 bytes, and an object of it in the heap \\(at 0x\[0-9a-f\]+\\) has room for 24: start the program with GEARSHIFT_HEAP_SPARE=64 \\(now 16\\) to leave each object more room\n" } */
/* { dg-output "v1 i=2 total=1128\n" } */
/* { dg-output "status -8: update to \[^ \]+/heap-refused-v4.so refused: struct wrapped changed layout \\(field y added\\) and is used through a pointer \\(heap-refused.c:\[0-9\]+\\): objects of it are allocated at heap-refused.c:\[0-9\]+ in a way the runtime does not see \\(not malloc, calloc or realloc, nor an allocator of the program's that returns what they returned, into a pointer to it\\), so an update cannot find them; if none is alive outside the globals and frames an update maps, say so in the new version with GEARSHIFT_TYPE_NOT_IN_HEAP \\(struct wrapped\\)\n$" } */
