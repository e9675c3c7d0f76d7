/* Version 2 of heap-table.c: the entry's link comes first, the stale
   field is gone, the count is unsigned long, and each entry says which
   version made it; the transformer converts version 1's (and refuses
   one whose stale field is not what version 1 put there).  Bee goes at
   i=5.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gearshift.h>

struct entry { struct entry *next; char key[12]; unsigned long count;
	       int made_by; };
#define NB 4
static struct entry **buckets;

struct entry_v1 { char key[12]; int count; int stale; struct entry *next; };

static int
from_v1 (const void *old, void *new)
{
  const struct entry_v1 *o = old;
  struct entry *n = new;
  if (o->stale != 7)
    return 1;
  n->next = o->next;
  memcpy (n->key, o->key, sizeof n->key);
  n->count = o->count;
  n->made_by = 1;
  return 0;
}
GEARSHIFT_TRANSFORM_TYPE (struct entry, from_v1)

static unsigned
hash (const char *k)
{
  unsigned h = 0;
  while (*k)
    h = h * 31 + (unsigned char) *k++;
  return h % NB;
}

static void
add (const char *k)
{
  struct entry **p = &buckets[hash (k)];
  for (; *p; p = &(*p)->next)
    if (!strcmp ((*p)->key, k))
      {
	(*p)->count++;
	return;
      }
  struct entry *e = malloc (sizeof *e);
  snprintf (e->key, sizeof e->key, "%s", k);
  e->count = 1;
  e->made_by = 2;
  e->next = NULL;
  *p = e;
}

static void
drop (const char *k)
{
  for (struct entry **p = &buckets[hash (k)]; *p; p = &(*p)->next)
    if (!strcmp ((*p)->key, k))
      {
	struct entry *e = *p;
	*p = e->next;
	free (e);
	return;
      }
}

static void
show (int i)
{
  printf ("v2 i=%d", i);
  for (int b = 0; b < NB; b++)
    for (struct entry *e = buckets[b]; e; e = e->next)
      printf (" %s:%lu/%d", e->key, e->count, e->made_by);
  printf ("\n");
}

static const char *const words[] = { "ant", "bee", "cat", "dog", "eel",
				     "fox", "gnu", "hen" };

int
main (void)
{
  buckets = calloc (NB, sizeof *buckets);
  for (int i = 0; i < 6; i++)
    {
      for (int w = 0; w <= i + 2 && w < 8; w++)
	add (words[w]);
      if (i == 5)
	drop ("bee");
      show (i);
      if (i == 3)
	{
	  char msg[1024];
	  int status = gearshift_update_status (msg, sizeof msg);
	  printf ("status %d: %s\n", status, msg);
	}
      gearshift_update_point ("tick");
    }
  return 0;
}
