/* Version 2 of redirect-refused.c: the handlers add hundreds.  */

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
  return x + 100;
}

static int __attribute__ ((noinline))
victim (int x)
{
  return x + 200;
}

static int __attribute__ ((noinline))
last (int x)
{
  return x + 300;
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
  const unsigned char *p = (const unsigned char *) f;
  for (int i = 1; i <= 16; i++)
    if (p[-i] != 0x90)
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
  unsigned char *spot = (unsigned char *) victim - 5;
  long page = sysconf (_SC_PAGESIZE);
  void *base = (void *) ((unsigned long) spot & -(unsigned long) page);
  if (mprotect (base, 2 * page, PROT_READ | PROT_WRITE | PROT_EXEC))
    return 2;
  *spot = 0xcc;
  mprotect (base, 2 * page, PROT_READ | PROT_EXEC);

  for (int i = 0; i < 3; i++)
    {
      printf ("v2 i=%d: %d %d %d\n", i, t[0] (i), t[1] (i), t[2] (i));
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

