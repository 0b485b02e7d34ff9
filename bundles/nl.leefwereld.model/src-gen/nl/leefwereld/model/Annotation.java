/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.Annotation#getUtterance <em>Utterance</em>}</li>
 *   <li>{@link nl.leefwereld.model.Annotation#getSpanStart <em>Span Start</em>}</li>
 *   <li>{@link nl.leefwereld.model.Annotation#getSpanEnd <em>Span End</em>}</li>
 *   <li>{@link nl.leefwereld.model.Annotation#getMethodId <em>Method Id</em>}</li>
 *   <li>{@link nl.leefwereld.model.Annotation#getCodeId <em>Code Id</em>}</li>
 *   <li>{@link nl.leefwereld.model.Annotation#getCoder <em>Coder</em>}</li>
 *   <li>{@link nl.leefwereld.model.Annotation#getOrigin <em>Origin</em>}</li>
 *   <li>{@link nl.leefwereld.model.Annotation#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link nl.leefwereld.model.Annotation#getReason <em>Reason</em>}</li>
 *   <li>{@link nl.leefwereld.model.Annotation#getNote <em>Note</em>}</li>
 *   <li>{@link nl.leefwereld.model.Annotation#isSpanDetached <em>Span Detached</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.model.ModelPackage#getAnnotation()
 * @model
 * @generated
 */
public interface Annotation extends Identified {
	/**
	 * Returns the value of the '<em><b>Utterance</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Utterance</em>' reference.
	 * @see #setUtterance(Utterance)
	 * @see nl.leefwereld.model.ModelPackage#getAnnotation_Utterance()
	 * @model
	 * @generated
	 */
	Utterance getUtterance();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Annotation#getUtterance <em>Utterance</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Utterance</em>' reference.
	 * @see #getUtterance()
	 * @generated
	 */
	void setUtterance(Utterance value);

	/**
	 * Returns the value of the '<em><b>Span Start</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Span Start</em>' attribute.
	 * @see #setSpanStart(int)
	 * @see nl.leefwereld.model.ModelPackage#getAnnotation_SpanStart()
	 * @model default="-1"
	 * @generated
	 */
	int getSpanStart();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Annotation#getSpanStart <em>Span Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Span Start</em>' attribute.
	 * @see #getSpanStart()
	 * @generated
	 */
	void setSpanStart(int value);

	/**
	 * Returns the value of the '<em><b>Span End</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Span End</em>' attribute.
	 * @see #setSpanEnd(int)
	 * @see nl.leefwereld.model.ModelPackage#getAnnotation_SpanEnd()
	 * @model default="-1"
	 * @generated
	 */
	int getSpanEnd();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Annotation#getSpanEnd <em>Span End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Span End</em>' attribute.
	 * @see #getSpanEnd()
	 * @generated
	 */
	void setSpanEnd(int value);

	/**
	 * Returns the value of the '<em><b>Method Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method Id</em>' attribute.
	 * @see #setMethodId(String)
	 * @see nl.leefwereld.model.ModelPackage#getAnnotation_MethodId()
	 * @model
	 * @generated
	 */
	String getMethodId();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Annotation#getMethodId <em>Method Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method Id</em>' attribute.
	 * @see #getMethodId()
	 * @generated
	 */
	void setMethodId(String value);

	/**
	 * Returns the value of the '<em><b>Code Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code Id</em>' attribute.
	 * @see #setCodeId(String)
	 * @see nl.leefwereld.model.ModelPackage#getAnnotation_CodeId()
	 * @model
	 * @generated
	 */
	String getCodeId();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Annotation#getCodeId <em>Code Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code Id</em>' attribute.
	 * @see #getCodeId()
	 * @generated
	 */
	void setCodeId(String value);

	/**
	 * Returns the value of the '<em><b>Coder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coder</em>' attribute.
	 * @see #setCoder(String)
	 * @see nl.leefwereld.model.ModelPackage#getAnnotation_Coder()
	 * @model
	 * @generated
	 */
	String getCoder();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Annotation#getCoder <em>Coder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coder</em>' attribute.
	 * @see #getCoder()
	 * @generated
	 */
	void setCoder(String value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leefwereld.model.AnnotationOrigin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see nl.leefwereld.model.AnnotationOrigin
	 * @see #setOrigin(AnnotationOrigin)
	 * @see nl.leefwereld.model.ModelPackage#getAnnotation_Origin()
	 * @model
	 * @generated
	 */
	AnnotationOrigin getOrigin();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Annotation#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see nl.leefwereld.model.AnnotationOrigin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(AnnotationOrigin value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double)
	 * @see nl.leefwereld.model.ModelPackage#getAnnotation_Confidence()
	 * @model default="1.0"
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Annotation#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see nl.leefwereld.model.ModelPackage#getAnnotation_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Annotation#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see nl.leefwereld.model.ModelPackage#getAnnotation_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Annotation#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Span Detached</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Span Detached</em>' attribute.
	 * @see #setSpanDetached(boolean)
	 * @see nl.leefwereld.model.ModelPackage#getAnnotation_SpanDetached()
	 * @model
	 * @generated
	 */
	boolean isSpanDetached();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Annotation#isSpanDetached <em>Span Detached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Span Detached</em>' attribute.
	 * @see #isSpanDetached()
	 * @generated
	 */
	void setSpanDetached(boolean value);

} // Annotation
