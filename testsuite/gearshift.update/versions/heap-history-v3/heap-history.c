/* Version 3 of heap-history.c: a record has a weight, and records
   convert field by field.  */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct rec { int value; long weight; struct rec *next; };
GEARSHIFT_CONVERT_BY_NAME (struct rec)
static struct rec *head;

static void *__attribute__ ((malloc, noinline))
xalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

static void
add (int v)
{
  struct rec *r = malloc (sizeof *r);
  r->value = v;
  r->next = head;
  head = r;
}

static int
sum (void)
{
  int s = 0;
  for (struct rec *r = head; r; r = r->next)
    s += r->value;
  return s;
}

int
main (void)
{
  for (int i = 0; i < 6; i++)
    {
      if (i == 3)
	gearshift_request_update ("./heap-history-v3.so");
      add (i + 1);
      printf ("v3 i=%d sum=%d\n", i, sum ());
      gearshift_update_point ("tick");
      if (i == 3)
	{
	  char msg[1024];
	  int status = gearshift_update_status (msg, sizeof msg);
	  printf ("status %d: %s\n", status, msg);
	}
    }
  return 0;
}

