import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { shopDb } from "@/db/shop/client";
import { formatEuro } from "@/server/lib/money";
import { productBySlug } from "@/server/shop/catalog/products";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = productBySlug(shopDb(), (await params).slug);
  return { title: product?.name ?? "Produit introuvable" };
}

export default async function ProductPage({ params }: Props) {
  const product = productBySlug(shopDb(), (await params).slug);
  if (!product) notFound();
  return (
    <article className="product-page">
      <Image src={product.imagePath} alt={product.name} width={800} height={600} unoptimized priority />
      <div>
        <p className="brand-name">{product.brand}</p>
        <h1>{product.name}</h1>
        <p className="price">{formatEuro(product.priceCents)}</p>
        <p>{product.description}</p>
        <p>{product.specifications}</p>
      </div>
    </article>
  );
}
