/* A hash table of structs in the heap (the buckets an untyped array of
   pointers, the entries chained), with entries freed before the
   update: version 2 reorders the entry, drops a field, widens the count
   and adds a field, and converts each live entry with its transformer.
   Every entry keeps its place in its chain, freed ones are not
   converted (the runtime forgets what the program frees), and entries
   added and freed after the update are version 2's.  */
/* { dg-do run } */
/* { dg-versions "versions/heap-table-v2/heap-table.c=heap-table-v2.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gearshift.h>

struct entry { char key[12]; int count; int stale; struct entry *next; };
#define NB 4
static struct entry **buckets;

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
  e->stale = 7;
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
  printf ("v1 i=%d", i);
  for (int b = 0; b < NB; b++)
    for (struct entry *e = buckets[b]; e; e = e->next)
      printf (" %s:%d", e->key, e->count);
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
      if (i == 3)
	gearshift_request_update ("./heap-table-v2.so");
      for (int w = 0; w <= i + 2 && w < 8; w++)
	add (words[w]);
      if (i == 1)
	drop ("bee");
      show (i);
      gearshift_update_point ("tick");
    }
  return 0;
}

/* { dg-output "^v1 i=0 bee:1 cat:1 ant:1\n" } */
/* { dg-output "v1 i=1 dog:1 cat:2 ant:2\n" } */
/* { dg-output "v1 i=2 dog:2 eel:1 cat:3 bee:1 ant:3\n" } */
/* { dg-output "v2 i=3 dog:3/1 eel:2/1 cat:4/1 bee:2/1 ant:4/1 fox:1/2\n" } */
/* { dg-output "status 0: updated to \[^\n\]*; converted in the heap: struct entry \\(5 objects, transformed\\)\n" } */
/* { dg-output "v2 i=4 dog:4/1 eel:3/1 cat:5/1 bee:3/1 gnu:1/2 ant:5/1 fox:2/2\n" } */
/* { dg-output "v2 i=5 dog:5/1 eel:4/1 hen:1/2 cat:6/1 gnu:2/2 ant:6/1 fox:3/2\n$" } */
