/** Splits cleaned documents into sentences and segments them; the only package that touches HanLP. */
package org.kaodian.text;
