/* An update that fails while it redirects entries (here: the room
   before victim's entry holds something else, which the program wrote
   there itself) is refused, and every entry it had redirected is as it
   was: the handler in the heap still runs version 1, and the bytes
   before each entry are the plugin's nops again.  */
/* { dg-do run } */
/* { dg-versions "versions/redirect-refused-v2/redirect-refused.c=redirect-refused-v2.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <gearshift.h>

typedef int (*handler) (int);

static int __attribute__ ((noinline))
first (int x)
{
  return x + 1;
}

static int __attribute__ ((noinline))
victim (int x)
{
  return x + 2;
}

static int __attribute__ ((noinline))
last (int x)
{
  return x + 3;
}

static handler * __attribute__ ((noinline))
table (void)
{
  handler *t = malloc (3 * sizeof *t);
  t[0] = first;
  t[1] = victim;
  t[2] = last;
  return t;
}

/* Whether the 16 bytes before F are nops and F starts as it did.  */
static int
intact (handler f, const unsigned char *start)
{
  unsigned long volatile at = (unsigned long) f - 16;
  const unsigned char *area = (const unsigned char *) at;
  const unsigned char *p = (const unsigned char *) f;
  for (int i = 0; i < 16; i++)
    if (area[i] != 0x90)
      return 0;
  return memcmp (p, start, 2) == 0;
}

int
main (void)
{
  handler *t = table ();
  unsigned char start[3][2];
  for (int j = 0; j < 3; j++)
    memcpy (start[j], (const unsigned char *) t[j], 2);

  /* Spoil victim's room: one byte that is no nop.  */
  /* Through a volatile address: GCC warns of a write before a function.  */
  unsigned long volatile at = (unsigned long) victim - 5;
  unsigned char *spot = (unsigned char *) at;
  long page = sysconf (_SC_PAGESIZE);
  void *base = (void *) ((unsigned long) spot & -(unsigned long) page);
  if (mprotect (base, 2 * page, PROT_READ | PROT_WRITE | PROT_EXEC))
    return 2;
  *spot = 0xcc;
  mprotect (base, 2 * page, PROT_READ | PROT_EXEC);

  for (int i = 0; i < 3; i++)
    {
      printf ("v1 i=%d: %d %d %d\n", i, t[0] (i), t[1] (i), t[2] (i));
      if (i == 1)
	gearshift_request_update ("./redirect-refused-v2.so");
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  printf ("first %s, last %s\n", intact (first, start[0]) ? "intact" : "changed",
	  intact (last, start[2]) ? "intact" : "changed");
  free (t);
  return 0;
}

/* { dg-output "^v1 i=0: 1 2 3\nv1 i=1: 2 3 4\nv1 i=2: 3 4 5\n" } */
/* { dg-output "status -\[0-9\]+: update to \[^ \]+/redirect-refused-v2.so refused: the entry of victim is not as the plugin left it\n" } */
/* { dg-output "first intact, last intact\n$" } */
